using DakarCafe.Protocol;

namespace DakarCafe.Client;

/// <summary>One result of a live query: its value, or the error the query answered.</summary>
/// <param name="Value">The value; default when the query failed.</param>
/// <param name="Error">The error; null when the query succeeded.</param>
public sealed record QueryResult<T>(T? Value, ErrorInfo? Error);
