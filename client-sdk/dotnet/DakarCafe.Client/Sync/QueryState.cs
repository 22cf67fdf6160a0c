using System.Text.Json.Nodes;
using DakarCafe.Protocol;

namespace DakarCafe.Client.Sync;

/// <summary>
/// One subscribed query on this connection, shared by every local subscriber of the same function and arguments:
/// the server's value (UTF-8 JSON) or error with its hash, and the value shown, which is the server's with the
/// pending optimistic updates applied. Mutated only by <see cref="LocalStore"/> under its lock.
/// </summary>
internal sealed class QueryState(int queryId, string function, string args)
{
    public int QueryId { get; } = queryId;

    public string Function { get; } = function;

    public string Args { get; } = args;

    public string Token => LocalStore.TokenOf(Function, Args);

    public int Subscribers { get; set; }

    public byte[]? ServerValue { get; private set; }

    public ErrorInfo? ServerError { get; private set; }

    public string? Hash { get; private set; }

    public bool HasServerResult => ServerValue is not null || ServerError is not null;

    /// <summary>The value shown: the server's, or what the optimistic updates made of it.</summary>
    public byte[]? Value { get; private set; }

    public ErrorInfo? Error { get; private set; }

    public long Version { get; set; }

    public event Action? Changed;

    public QueryChange AddChange() => new(QueryChangeKind.Add, QueryId, Function, Args, Hash);

    /// <summary>Applies one of the server's modifications; true when it was one for this query.</summary>
    public bool ApplyServer(QueryModification modification)
    {
        switch (modification.Kind)
        {
            case QueryModificationKind.Updated:
                (ServerValue, ServerError, Hash) = (modification.Value, null, modification.Hash);
                return true;
            case QueryModificationKind.Patched when ServerValue is not null && modification.Patch is not null:
                var patched = JsonValuePatch.Apply(JsonNode.Parse(ServerValue), JsonNode.Parse(modification.Patch)!);
                (ServerValue, ServerError, Hash) = (System.Text.Encoding.UTF8.GetBytes(patched?.ToJsonString() ?? "null"), null, modification.Hash);
                return true;
            case QueryModificationKind.Failed:
                (ServerValue, ServerError, Hash) = (null, modification.Error, modification.Hash);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Shows a value (or the server's error); true when what is shown changed.</summary>
    public bool Show(byte[]? value, ErrorInfo? error)
    {
        var same = Equals(error, Error) && (value is null ? Value is null : Value is not null && value.AsSpan().SequenceEqual(Value));
        (Value, Error) = (value, error);
        return !same;
    }

    public void Notify() => Changed?.Invoke();
}
