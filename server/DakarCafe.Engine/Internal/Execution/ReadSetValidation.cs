using DakarCafe.Engine.Internal.Functions;
using DakarCafe.Engine.Internal.Reactivity;
using Marten;
using Npgsql;

namespace DakarCafe.Engine.Internal.Execution;

/// <summary>
/// Optimistic concurrency for mutations: just before committing, under the commit lock (so no other commit can land
/// in between), the commits made since the mutation started are checked against everything it read. If one of them
/// wrote a document the mutation read (or could have read, by its filters), the mutation read stale data and is
/// retried. Together with the row locks of its own writes, this makes mutations serializable, at the granularity of
/// documents and filters rather than of PostgreSQL's index pages.
/// The same round trip stamps the transaction with its version (the commit log's deferred trigger, fired now rather
/// than at COMMIT): the lock is held until COMMIT either way, so version order stays commit order, and the mutation
/// knows its version without asking again after it committed. A stamp whose transaction then rolls back (a conflict)
/// leaves a gap in the versions, which nothing reads as a commit.
/// </summary>
internal static class ReadSetValidation
{
    /// <summary>Validates <paramref name="reads"/> (when there are any) and returns the version the transaction will commit as.</summary>
    public static async Task<long> ValidateAndStampAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long startVersion, ReadSet reads,
        DocumentTypes types, ISerializer serializer, CancellationToken ct)
    {
        var validates = reads.Dependencies.Count > 0;
        await using var batch = new NpgsqlBatch(connection, transaction) { BatchCommands = { new($"select pg_advisory_xact_lock({CommitLogSchema.CommitLockKey})") } };
        if (validates)
        {
            var (wholeTables, pointTables, pointIds) = Candidates(reads, types);
            batch.BatchCommands.Add(new("""
                select w.table_name, w.op, w.old_data, w.new_data
                from dakarcafe.commits c join dakarcafe.writes w on w.xid = c.xid
                where c.version > $1 and (w.table_name = any($2) or (w.table_name = any($3) and (w.op = 'T' or w.doc_id = any($4))))
                """)
            {
                Parameters = { new() { Value = startVersion }, new() { Value = wholeTables }, new() { Value = pointTables }, new() { Value = pointIds } },
            });
        }

        batch.BatchCommands.Add(new($"set constraints dakarcafe.{CommitLogSchema.StampTrigger} immediate"));
        batch.BatchCommands.Add(new("select version from dakarcafe.commits where xid = pg_current_xact_id()"));
        await using var reader = await batch.ExecuteReaderAsync(ct);
        await reader.NextResultAsync(ct);
        if (validates)
        {
            while (await reader.ReadAsync(ct))
            {
                var type = types.TypeOfTable(reader.GetString(0))!;
                var write = new WriteRecord(0, type, reader.GetChar(1) == 'T',
                    await reader.IsDBNullAsync(2, ct) ? null : await serializer.FromJsonAsync(type, reader, 2, ct),
                    await reader.IsDBNullAsync(3, ct) ? null : await serializer.FromJsonAsync(type, reader, 3, ct));
                if (reads.Dependencies.Any(d => d.Touches(write, types)))
                {
                    throw new MutationConflictException();
                }
            }

            // The SET returns no rows, so the reader goes from the validation's rows straight to the version's.
            await reader.NextResultAsync(ct);
        }

        await reader.ReadAsync(ct);
        return reader.GetInt64(0);
    }

    /// <summary>
    /// Which logged writes can touch the reads, for the database to send only those: every write to a table read with
    /// a filter, and for point reads by id only the writes of those ids (and truncates). The check in memory decides;
    /// this only spares it (and the commit lock) the documents that cannot matter.
    /// </summary>
    private static (string[] WholeTables, string[] PointTables, string[] PointIds) Candidates(ReadSet reads, DocumentTypes types)
    {
        var whole = new HashSet<string>(StringComparer.Ordinal);
        var points = new HashSet<(string Table, string Id)>();
        foreach (var read in reads.Dependencies)
        {
            var table = types.TableOf(read.DocumentType);
            if (read is { Matches: null, Key: { } key } && key.MemberPath == types.IdMember(read.DocumentType) && IdText(key.Value) is { } id)
            {
                points.Add((table, id));
            }
            else
            {
                whole.Add(table);
            }
        }

        // Tables and ids travel apart: a write of one point's id to another point's table is a false candidate, which the check in memory drops.
        return ([.. whole], [.. points.Select(p => p.Table).Distinct()], [.. points.Select(p => p.Id).Distinct()]);
    }

    /// <summary>An id as PostgreSQL prints its <c>id</c> column (uuid, text, integer), from its <see cref="IndexKey"/> spelling; null for other kinds.</summary>
    private static string? IdText(string normalized) => normalized.Length > 2 && normalized[1] == ':' && normalized[0] is 'g' or 's' or 'n'
        ? normalized[2..]
        : null;
}
