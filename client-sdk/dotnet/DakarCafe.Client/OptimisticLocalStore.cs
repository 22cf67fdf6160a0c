using System.Text.Json;
using DakarCafe.Client.Sync;
using DakarCafe.Protocol;

namespace DakarCafe.Client;

/// <summary>
/// What an optimistic update sees: the values of the client's subscribed queries as they will be shown, which it may
/// change. Updates must be quick and pure: they run again over fresh server values at every transition until their
/// mutation's commit is reached, and are dropped (rolled back) if the mutation fails.
/// </summary>
public sealed class OptimisticLocalStore
{
    private readonly Dictionary<string, byte[]?> _values;

    internal OptimisticLocalStore(Dictionary<string, byte[]?> values) => _values = values;

    /// <summary>The value of a subscribed query with these arguments; default when not subscribed or not loaded yet.</summary>
    public TResult? GetQuery<TArgs, TResult>(QueryReference<TArgs, TResult> query, TArgs args) where TArgs : notnull =>
        _values.GetValueOrDefault(Token(query, args)) is { } json ? JsonSerializer.Deserialize<TResult>(json, WireJson.Options) : default;

    /// <summary>Shows <paramref name="value"/> for a subscribed query with these arguments (queries not subscribed are left alone).</summary>
    public void SetQuery<TArgs, TResult>(QueryReference<TArgs, TResult> query, TArgs args, TResult value) where TArgs : notnull
    {
        var token = Token(query, args);
        if (_values.ContainsKey(token))
        {
            _values[token] = JsonSerializer.SerializeToUtf8Bytes(value, WireJson.Options);
        }
    }

    private static string Token<TArgs, TResult>(QueryReference<TArgs, TResult> query, TArgs args) where TArgs : notnull =>
        LocalStore.TokenOf(query.Name, JsonSerializer.Serialize(args, WireJson.Options));
}
