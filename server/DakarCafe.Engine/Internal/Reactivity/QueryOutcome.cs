using System.Security.Cryptography;
using System.Text;
using DakarCafe.Protocol;

namespace DakarCafe.Engine.Internal.Reactivity;

/// <summary>The result of one query run: its value as UTF-8 JSON or its error, and a hash of either.</summary>
internal sealed class QueryOutcome
{
    private QueryOutcome(byte[]? value, ErrorInfo? error, string hash)
    {
        Value = value;
        Error = error;
        Hash = hash;
    }

    public byte[]? Value { get; }

    public ErrorInfo? Error { get; }

    /// <summary>Equal hashes mean equal results, so an unchanged re-run pushes nothing.</summary>
    public string Hash { get; }

    public static QueryOutcome Success(byte[] value) => new(value, null, HashOf(value));

    public static QueryOutcome Failure(ErrorInfo error) =>
        new(null, error, HashOf(Encoding.UTF8.GetBytes($"error\n{error.Code}\n{error.Message}\n{error.Data}")));

    private static string HashOf(ReadOnlySpan<byte> bytes) => Convert.ToBase64String(SHA256.HashData(bytes).AsSpan(0, 16));
}
