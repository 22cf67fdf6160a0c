using System.Text.Json.Nodes;
using DakarCafe.Protocol;

namespace DakarCafe.Client;

/// <summary>
/// The local state of one subscribed query: its latest value (UTF-8 JSON) or error, and the hash the server gave it.
/// Mutated only under the client's lock while a transition is applied.
/// </summary>
internal sealed class QueryState(int queryId, string function, string args)
{
    public int QueryId { get; } = queryId;

    public string Function { get; } = function;

    public string Args { get; } = args;

    public byte[]? Value { get; private set; }

    public string? Hash { get; private set; }

    public ErrorInfo? Error { get; private set; }

    public long Version { get; set; }

    public event Action? Changed;

    public QueryChange AddChange() => new(QueryChangeKind.Add, QueryId, Function, Args, Hash);

    /// <summary>Applies one modification; true when the value or error changed.</summary>
    public bool Apply(QueryModification modification)
    {
        switch (modification.Kind)
        {
            case QueryModificationKind.Updated:
                (Value, Error, Hash) = (modification.Value, null, modification.Hash);
                return true;
            case QueryModificationKind.Patched when Value is not null && modification.Patch is not null:
                var patched = JsonValuePatch.Apply(JsonNode.Parse(Value), JsonNode.Parse(modification.Patch)!);
                (Value, Error, Hash) = (System.Text.Encoding.UTF8.GetBytes(patched?.ToJsonString() ?? "null"), null, modification.Hash);
                return true;
            case QueryModificationKind.Failed:
                (Value, Error, Hash) = (null, modification.Error, modification.Hash);
                return true;
            default:
                return false;
        }
    }

    public void Notify() => Changed?.Invoke();
}
