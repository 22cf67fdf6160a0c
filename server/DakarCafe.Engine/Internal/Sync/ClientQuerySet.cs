using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.Protocol;

namespace DakarCafe.Engine.Internal.Sync;

/// <summary>
/// One client's set of live queries: those subscribed under the identity they were subscribed as, and those that
/// identity was refused (kept to subscribe again under the next identity). Pure state without I/O, owned by the
/// reactor's loop, which binds each subscribed query to a shared node (<typeparamref name="TQuery"/>).
/// Invariant: a query id is either subscribed, refused, or unknown; never two of them.
/// </summary>
internal sealed class ClientQuerySet<TQuery>(int maxSubscriptions, CallerIdentity subscribedAs)
    where TQuery : ClientQuery
{
    private readonly Dictionary<int, TQuery> _subscribed = [];
    private readonly Dictionary<int, QueryChange> _refused = [];

    /// <summary>The identity key the queries were subscribed under.</summary>
    public string SubscribedAs { get; private set; } = subscribedAs.Key;

    public IReadOnlyCollection<TQuery> Subscribed => _subscribed.Values;

    /// <summary>Why <paramref name="add"/> cannot be subscribed (its id is in use, the set is full), or null.</summary>
    public AppError? RefusalOf(QueryChange add)
    {
        if (_subscribed.ContainsKey(add.QueryId) || _refused.ContainsKey(add.QueryId))
        {
            return new AppError(ErrorCodes.BadRequest, $"Query id {add.QueryId} is already subscribed on this connection.");
        }

        return _subscribed.Count >= maxSubscriptions ? AppError.LimitExceeded("subscriptionsPerConnection", maxSubscriptions) : null;
    }

    public void Subscribe(TQuery query) => _subscribed.Add(query.QueryId, query);

    /// <summary>The identity may not run <paramref name="add"/>: kept to try again under the next identity.</summary>
    public void Refuse(QueryChange add) => _refused.Add(add.QueryId, add);

    /// <summary>Removes a query id; <paramref name="known"/> is false when the client had no such query.</summary>
    public TQuery? Remove(int queryId, out bool known)
    {
        known = _subscribed.Remove(queryId, out var removed) | _refused.Remove(queryId);
        return removed;
    }

    /// <summary>
    /// The client is now <paramref name="identity"/>: null when its queries were subscribed as the same one (a refreshed
    /// token); otherwise every query is taken out, and the adds to subscribe again come back in query id order, each
    /// announcing the value the client holds so an unchanged result is not sent again.
    /// </summary>
    public (IReadOnlyList<TQuery> Dropped, IReadOnlyList<QueryChange> Again)? ChangeIdentity(CallerIdentity identity)
    {
        if (SubscribedAs == identity.Key)
        {
            return null;
        }

        SubscribedAs = identity.Key;
        var again = _subscribed.Values.Select(q => q.Change with { Hash = q.HeldHash }).Concat(_refused.Values).OrderBy(c => c.QueryId).ToList();
        var dropped = TakeAll();
        _refused.Clear();
        return (dropped, again);
    }

    /// <summary>Takes out every subscribed query (the client went away).</summary>
    public IReadOnlyList<TQuery> TakeAll()
    {
        var all = _subscribed.Values.ToList();
        _subscribed.Clear();
        return all;
    }
}
