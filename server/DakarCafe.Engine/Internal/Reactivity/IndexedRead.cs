using System.Runtime.CompilerServices;

namespace DakarCafe.Engine.Internal.Reactivity;

/// <summary>
/// One read of one live query node, as the invalidation index files it. Compared by reference, so a node's reads are
/// found and removed in constant time however many others are filed beside them.
/// </summary>
internal readonly record struct IndexedRead(QueryNode Node, DocumentDependency Dependency)
{
    public bool Equals(IndexedRead other) => ReferenceEquals(Node, other.Node) && ReferenceEquals(Dependency, other.Dependency);

    public override int GetHashCode() => HashCode.Combine(RuntimeHelpers.GetHashCode(Node), RuntimeHelpers.GetHashCode(Dependency));
}
