namespace DakarCafe.Engine.Internal.Execution;

/// <summary>A commit since the mutation started wrote something it read: the attempt is thrown away and retried.</summary>
internal sealed class MutationConflictException : Exception
{
    public MutationConflictException() : base("A concurrent commit changed what this mutation read.") { }
}
