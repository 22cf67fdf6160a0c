using DakarCafe.Client;
using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using Npgsql;

namespace DakarCafe.Engine.Tests.Functions;

/// <summary>
/// The run-time limit counts a function's own time, as Convex counts user code; its waits on the database have
/// their own, longer limit. A mutation that waits on a row lock under contention is not cut short for waiting.
/// </summary>
public sealed class RunTimeTests(PostgresServer postgres) : EngineTest(postgres)
{
    private static readonly TimeSpan RunTime = TimeSpan.FromSeconds(1);

    protected override void Configure(EngineBuilder engine)
    {
        base.Configure(engine);
        engine.Limits.MaxRunTime = RunTime;
        engine.Limits.MaxDatabaseTime = TimeSpan.FromSeconds(4);
        engine.Limits.MaxMutationAttempts = 1;
    }

    [Fact]
    public async Task A_mutation_waiting_on_a_row_lock_longer_than_its_run_time_limit_commits()
    {
        var client = await ConnectAsync();
        await client.MutateAsync<long>("counters:increment", new CounterId("locked"), Within());
        await using var holder = await LockCounterAsync("locked");

        var increment = client.MutateAsync<long>("counters:increment", new CounterId("locked"), Within());
        await WaitUntilBlockedForAsync(RunTime * 2);
        await holder.RollbackAsync(Within());

        (await increment).Should().Be(2);
        (await client.QueryAsync<Counter>("counters:get", new CounterId("locked"), Within())).Value.Should().Be(2);
    }

    [Fact]
    public async Task A_mutation_stuck_on_a_row_lock_past_the_database_time_limit_fails_naming_it_and_writes_nothing()
    {
        var client = await ConnectAsync();
        await client.MutateAsync<long>("counters:increment", new CounterId("stuck"), Within());
        await using var holder = await LockCounterAsync("stuck");

        var increment = () => client.MutateAsync<long>("counters:increment", new CounterId("stuck"), Within());

        var error = (await increment.Should().ThrowAsync<DakarCafeException>()).Which.Error;
        error.Code.Should().Be(ErrorCodes.LimitExceeded);
        error.Data.Should().Contain("databaseTime");
        await holder.RollbackAsync(Within());
        (await client.QueryAsync<Counter>("counters:get", new CounterId("stuck"), Within())).Value.Should().Be(1);
        ErrorLogs.Errors.Should().BeEmpty();
    }

    private async Task<RowLock> LockCounterAsync(string id)
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(Within());
        var transaction = await connection.BeginTransactionAsync(Within());
        await using var select = new NpgsqlCommand("select 1 from public.mt_doc_counter where id = $1 for update", connection, transaction)
        {
            Parameters = { new() { Value = id } },
        };
        (await select.ExecuteScalarAsync(Within())).Should().Be(1);
        return new RowLock(connection, transaction);
    }

    /// <summary>Polls until some statement has waited on a lock for at least <paramref name="wait"/>.</summary>
    private async Task WaitUntilBlockedForAsync(TimeSpan wait)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(Within());
        await using var blocked = new NpgsqlCommand("""
            select count(*) from pg_stat_activity
            where wait_event_type = 'Lock' and datname = current_database() and clock_timestamp() - query_start >= $1
            """, connection)
        {
            Parameters = { new() { Value = wait } },
        };
        var deadline = Within();
        while ((long)(await blocked.ExecuteScalarAsync(deadline))! == 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), deadline);
        }
    }

    /// <summary>A transaction from outside the engine that holds a row lock until it is rolled back (or disposed).</summary>
    private sealed class RowLock(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
    {
        public Task RollbackAsync(CancellationToken ct) => transaction.RollbackAsync(ct);

        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
