using System.Data;
using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Limits;
using DakarCafe.Engine.Scheduling;
using Marten;
using Marten.Services;
using Npgsql;

namespace DakarCafe.Engine.Internal.Scheduling;

/// <summary>
/// The declared crons' next runs, in <c>dakarcafe.crons</c>: shared by every node, and claimed row by row with
/// <c>FOR UPDATE SKIP LOCKED</c>, so each occurrence becomes exactly one job however many nodes tick at once.
/// </summary>
internal sealed class CronTable(IReadOnlyList<CronDefinition> crons, NpgsqlDataSource dataSource, IDocumentStore store, FunctionRegistry registry,
    EngineLimits limits)
{
    private readonly Dictionary<string, CronDefinition> _byName = crons.ToDictionary(c => c.Name, StringComparer.Ordinal);

    /// <summary>The table's DDL (see <see cref="Storage.EngineSchema"/>).</summary>
    public const string TableSql = "create table if not exists dakarcafe.crons (name text primary key, next_run timestamptz not null);";

    /// <summary>Adds new crons (first run after <paramref name="now"/>) and drops the rows of crons no longer declared.</summary>
    public async Task SyncAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(new("delete from dakarcafe.crons where name <> all($1)") { Parameters = { new() { Value = _byName.Keys.ToArray() } } });
        foreach (var cron in crons)
        {
            // Fails at start-up, not at the first occurrence, when the cron names no mutation or action.
            _ = JobScheduler.Job(cron.Function, cron.Args, now, now, registry, limits, cron.Name);
            batch.BatchCommands.Add(new("insert into dakarcafe.crons (name, next_run) values ($1, $2) on conflict (name) do nothing")
            {
                Parameters = { new() { Value = cron.Name }, new() { Value = cron.Schedule.Next(now) } },
            });
        }

        await batch.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Turns every due occurrence into a job and moves each cron to its next run after <paramref name="now"/>.</summary>
    public async Task StartDueAsync(DateTimeOffset now, CancellationToken ct)
    {
        if (_byName.Count == 0)
        {
            return;
        }

        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct);
        var due = new List<(CronDefinition Cron, DateTimeOffset At)>();
        await using (var select = new NpgsqlCommand("select name, next_run from dakarcafe.crons where next_run <= $1 for update skip locked", connection, transaction))
        {
            select.Parameters.Add(new() { Value = now });
            await using var reader = await select.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                if (_byName.TryGetValue(reader.GetString(0), out var cron))
                {
                    due.Add((cron, await reader.GetFieldValueAsync<DateTimeOffset>(1, ct)));
                }
            }
        }

        if (due.Count == 0)
        {
            return;
        }

        await using var session = store.LightweightSession(SessionOptions.ForTransaction(transaction));
        foreach (var (cron, at) in due)
        {
            session.Store(JobScheduler.Job(cron.Function, cron.Args, at, now, registry, limits, cron.Name));
            var next = cron.Schedule.Next(at);
            session.QueueSqlCommand("update dakarcafe.crons set next_run = ? where name = ?", next > now ? next : cron.Schedule.Next(now), cron.Name);
        }

        await session.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
