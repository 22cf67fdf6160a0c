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
/// </summary>
internal static class ReadSetValidation
{
    public static async Task CheckAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long startVersion, ReadSet reads,
        DocumentTypes types, ISerializer serializer, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                new($"select pg_advisory_xact_lock({CommitLogSchema.CommitLockKey})"),
                new("""
                    select w.table_name, w.op, w.old_data, w.new_data
                    from dakarcafe.commits c join dakarcafe.writes w on w.xid = c.xid
                    where c.version > $1 and w.table_name = any($2)
                    """)
                {
                    Parameters = { new() { Value = startVersion }, new() { Value = reads.Dependencies.Select(d => types.TableOf(d.DocumentType)).Distinct().ToArray() } },
                },
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(ct);
        await reader.NextResultAsync(ct);
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
    }
}
