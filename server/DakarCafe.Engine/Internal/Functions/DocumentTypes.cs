using System.Collections.Concurrent;
using System.Linq.Expressions;
using Marten;

namespace DakarCafe.Engine.Internal.Functions;

/// <summary>
/// The document types the engine serves: their Marten tables (where the commit log's triggers go) and id members,
/// and compiled getters for the members that reads are indexed by.
/// </summary>
internal sealed class DocumentTypes
{
    private readonly Dictionary<Type, string> _idMembers = [];
    private readonly Dictionary<string, Type> _byTable = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, string> _tables = [];
    private readonly ConcurrentDictionary<(Type, string), Func<object, object?>> _getters = new();

    public DocumentTypes(IDocumentStore store, IEnumerable<Type> types)
    {
        foreach (var type in types)
        {
            var mapping = store.Options.FindOrResolveDocumentType(type);
            _idMembers[type] = mapping.IdMember.Name;
            _byTable[mapping.TableName.QualifiedName] = type;
            _tables[type] = mapping.TableName.QualifiedName;
        }
    }

    public IEnumerable<string> Tables => _byTable.Keys;

    /// <summary>The document types, in the order they were declared.</summary>
    public IEnumerable<Type> All => _tables.Keys;

    public string IdMember(Type type) => _idMembers.TryGetValue(type, out var member)
        ? member
        : throw new InvalidOperationException($"{type.Name} is not a registered document type; register it with engine.Document<{type.Name}>().");

    public Type? TypeOfTable(string qualifiedTable) => _byTable.GetValueOrDefault(qualifiedTable);

    public string TableOf(Type type) => _tables[type];

    /// <summary>Reads a member path such as "Inventory.Stock" from a document; null when a step on the way is null.</summary>
    public object? Read(object document, string memberPath) =>
        _getters.GetOrAdd((document.GetType(), memberPath), static key => Compile(key.Item1, key.Item2))(document);

    private static Func<object, object?> Compile(Type type, string memberPath)
    {
        var parameter = Expression.Parameter(typeof(object));
        Expression current = Expression.Convert(parameter, type);
        var nullChecks = new List<Expression>();
        foreach (var name in memberPath.Split('.'))
        {
            if (!current.Type.IsValueType)
            {
                nullChecks.Add(Expression.Equal(current, Expression.Constant(null, current.Type)));
            }

            current = Expression.PropertyOrField(current, name);
        }

        Expression body = Expression.Convert(current, typeof(object));
        for (var i = nullChecks.Count - 1; i >= 0; i--)
        {
            body = Expression.Condition(nullChecks[i], Expression.Constant(null, typeof(object)), body);
        }

        return Expression.Lambda<Func<object, object?>>(body, parameter).Compile();
    }
}
