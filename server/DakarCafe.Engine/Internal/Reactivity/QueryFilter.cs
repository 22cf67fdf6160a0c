using System.Linq.Expressions;
using System.Reflection;

namespace DakarCafe.Engine.Internal.Reactivity;

/// <summary>
/// What a LINQ query over a document type selects, recovered from its expression tree: the conjunction of its
/// <c>Where</c> clauses as an in-memory predicate, and what to index it by: one equality among them, else the bounds
/// its comparisons put on one member. A query whose filters cannot be recovered (a <c>Where</c> after a
/// <c>Select</c>, say) selects the whole type.
/// </summary>
internal sealed record QueryFilter(IndexKey? Key, RangeKey? Range, Func<object, bool>? Matches)
{
    public static QueryFilter WholeType { get; } = new(Key: null, Range: null, Matches: null);

    public static QueryFilter From<T>(Expression query)
    {
        var wheres = new List<Expression<Func<T, bool>>>();
        if (!CollectWheres(query, wheres))
        {
            return WholeType;
        }

        if (wheres.Count == 0)
        {
            return WholeType;
        }

        var predicates = wheres.Select(w => w.Compile(preferInterpretation: false)).ToArray();
        var conjuncts = wheres.SelectMany(w => Conjuncts(w.Body).Select(c => (Conjunct: c, Document: w.Parameters[0]))).ToList();
        var key = conjuncts.Select(c => EqualityKey(c.Conjunct, c.Document)).FirstOrDefault(k => k is not null);
        var range = key is null ? RangeOf(conjuncts) : null;
        return new QueryFilter(key, range, document => document is T typed && predicates.All(p => p(typed)));
    }

    /// <summary>Walks from the outermost call down to the root queryable; false when an operator changes what is filtered.</summary>
    private static bool CollectWheres<T>(Expression expression, List<Expression<Func<T, bool>>> wheres)
    {
        while (expression is MethodCallExpression call && call.Method.DeclaringType == typeof(Queryable))
        {
            switch (call.Method.Name)
            {
                case nameof(Queryable.Where) when call.Arguments[1] is UnaryExpression { Operand: Expression<Func<T, bool>> predicate }:
                    wheres.Add(predicate);
                    break;
                case nameof(Queryable.OrderBy) or nameof(Queryable.OrderByDescending) or nameof(Queryable.ThenBy)
                    or nameof(Queryable.ThenByDescending) or nameof(Queryable.Skip) or nameof(Queryable.Take)
                    or nameof(Queryable.Distinct):
                    break;
                default:
                    return false;
            }

            expression = call.Arguments[0];
        }

        return expression is ConstantExpression or MemberExpression || expression.NodeType == ExpressionType.Extension;
    }

    private static IEnumerable<Expression> Conjuncts(Expression body) => body is BinaryExpression { NodeType: ExpressionType.AndAlso } and
        ? Conjuncts(and.Left).Concat(Conjuncts(and.Right))
        : [body];

    private static IndexKey? EqualityKey(Expression conjunct, ParameterExpression document)
    {
        if (conjunct is not BinaryExpression { NodeType: ExpressionType.Equal } equal)
        {
            return null;
        }

        var (member, value) = MemberPath(Strip(equal.Left), document) is { } left ? (left, Strip(equal.Right))
            : MemberPath(Strip(equal.Right), document) is { } right ? (right, Strip(equal.Left))
            : (null, null);
        if (member is null || value is null || ReferencesParameter(value, document))
        {
            return null;
        }

        return new IndexKey(member, IndexKey.Normalize(Evaluate(value)));
    }

    /// <summary>The bounds the comparisons put on the first member compared with a constant (several bounds on it narrow the range).</summary>
    private static RangeKey? RangeOf(List<(Expression Conjunct, ParameterExpression Document)> conjuncts)
    {
        RangeKey? range = null;
        foreach (var (conjunct, document) in conjuncts)
        {
            if (Bound(conjunct, document) is not { } bound || (range is not null && range.MemberPath != bound.MemberPath))
            {
                continue;
            }

            range = range is null ? bound : new RangeKey(bound.MemberPath,
                Tighter(range.Lower, bound.Lower, Math.Max), Tighter(range.Upper, bound.Upper, Math.Min));
        }

        return range;

        static decimal? Tighter(decimal? a, decimal? b, Func<decimal, decimal, decimal> pick) => a is { } x && b is { } y ? pick(x, y) : a ?? b;
    }

    /// <summary>The bound one comparison of a member with a constant puts on that member (<c>p.Price &lt;= max</c>, <c>min &lt; p.Price</c>).</summary>
    private static RangeKey? Bound(Expression conjunct, ParameterExpression document)
    {
        if (conjunct is not BinaryExpression { NodeType: ExpressionType.LessThan or ExpressionType.LessThanOrEqual or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual } comparison)
        {
            return null;
        }

        // Member on the left: "member < value" bounds it above; on the right, "value < member" bounds it below.
        var (member, value, memberOnLeft) = MemberPath(Strip(comparison.Left), document) is { } left ? (left, Strip(comparison.Right), true)
            : MemberPath(Strip(comparison.Right), document) is { } right ? (right, Strip(comparison.Left), false)
            : (null, null, false);
        if (member is null || value is null || ReferencesParameter(value, document))
        {
            return null;
        }

        if (RangeKey.Comparable(Evaluate(value)) is not { } bound)
        {
            return null;
        }

        var below = comparison.NodeType is ExpressionType.LessThan or ExpressionType.LessThanOrEqual;
        return below == memberOnLeft ? new RangeKey(member, Lower: null, Upper: bound) : new RangeKey(member, Lower: bound, Upper: null);
    }

    private static object? Evaluate(Expression value) =>
        Expression.Lambda<Func<object?>>(Expression.Convert(value, typeof(object))).Compile(preferInterpretation: true)();

    /// <summary>"Inventory.Stock" for <c>p.Inventory.Stock</c>; null when the expression is not a member chain of the document.</summary>
    private static string? MemberPath(Expression expression, ParameterExpression document)
    {
        var names = new Stack<string>();
        while (expression is MemberExpression { Member: PropertyInfo or FieldInfo } member)
        {
            names.Push(member.Member.Name);
            expression = member.Expression!;
        }

        return expression == document && names.Count > 0 ? string.Join('.', names) : null;
    }

    private static Expression Strip(Expression expression) =>
        expression is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert ? Strip(convert.Operand) : expression;

    private static bool ReferencesParameter(Expression expression, ParameterExpression parameter)
    {
        var finder = new ParameterFinder(parameter);
        finder.Visit(expression);
        return finder.Found;
    }

    private sealed class ParameterFinder(ParameterExpression parameter) : ExpressionVisitor
    {
        public bool Found { get; private set; }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            Found |= node == parameter;
            return node;
        }
    }
}
