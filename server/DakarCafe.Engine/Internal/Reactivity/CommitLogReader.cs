using DakarCafe.Engine.Internal.Functions;
using Marten;
using Npgsql;

namespace DakarCafe.Engine.Internal.Reactivity;

/// <summary>Reads the commits after a version inside the reactor's snapshot, documents deserialized only for types some live query reads.</summary>
internal static class CommitLogReader
{
    private const string Sql = """
        select c.version, w.table_name, w.op, w.old_data, w.new_data
        from dakarcafe.commits c join dakarcafe.writes w on w.xid = c.xid
        where c.version > $1
        order by c.version, w.seq
        """;

    public const string LatestSql = "select coalesce(max(version), 0) from dakarcafe.commits";

    public sealed record Receipt(string SessionId, long RequestId, long Version);

    public static async Task<long> LatestVersionAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(LatestSql, connection, transaction);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>
    /// Reads the commits after <paramref name="after"/> in one round trip; returns the snapshot's version (the highest
    /// one seen, or <paramref name="after"/>) and the log's pruned horizon (a reader behind it has missed commits).
    /// </summary>
    public static async Task<(long Version, long PrunedThrough)> ReadAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long after,
        DocumentTypes types, InvalidationIndex index, ISerializer serializer,
        List<WriteRecord> writes, List<Receipt> receipts, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands = { new("select pruned_through from dakarcafe.log_horizon"), new(Sql) { Parameters = { new() { Value = after } } } },
        };
        await using var reader = await batch.ExecuteReaderAsync(ct);
        var prunedThrough = await reader.ReadAsync(ct) ? reader.GetInt64(0) : 0;
        await reader.NextResultAsync(ct);
        var version = after;
        while (await reader.ReadAsync(ct))
        {
            version = reader.GetInt64(0);
            var table = reader.GetString(1);
            if (table == CommitLogSchema.ReceiptsTable)
            {
                using var receipt = System.Text.Json.JsonDocument.Parse(reader.GetString(4));
                receipts.Add(new Receipt(receipt.RootElement.GetProperty("sessionId").GetString()!, receipt.RootElement.GetProperty("requestId").GetInt64(), version));
                continue;
            }

            var type = types.TypeOfTable(table);
            if (type is null || !index.HasReadsOf(type))
            {
                continue;
            }

            var truncated = reader.GetChar(2) == 'T';
            var old = await reader.IsDBNullAsync(3, ct) ? null : await serializer.FromJsonAsync(type, reader, 3, ct);
            var @new = await reader.IsDBNullAsync(4, ct) ? null : await serializer.FromJsonAsync(type, reader, 4, ct);
            writes.Add(new WriteRecord(version, type, truncated, old, @new));
        }

        return (version, prunedThrough);
    }
}
