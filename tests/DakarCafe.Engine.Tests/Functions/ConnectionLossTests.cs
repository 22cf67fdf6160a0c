using DakarCafe.Engine.Functions;
using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Fixtures;
using Npgsql;

namespace DakarCafe.Engine.Tests.Functions;

/// <summary>
/// The database ends a function's connection while the function runs (a restart, a failover, an administrator's
/// <c>pg_terminate_backend</c>): the call is retried on a fresh connection or answered <c>UNAVAILABLE</c>, which the
/// SDK retries, and never reported as the function's own failure.
/// </summary>
public sealed class ConnectionLossTests(PostgresServer postgres) : EngineTest(postgres)
{
    private readonly TaskCompletionSource _paused = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _resume = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override void Configure(EngineBuilder engine)
    {
        base.Configure(engine);
        engine.Functions.Query<CounterId, Counter?>("paused:get", AccessRule.Public, async (ctx, args, ct) =>
        {
            await ReadThenPauseAsync(() => ctx.LoadAsync<Counter>(args.Id, ct));
            return await ctx.LoadAsync<Counter>(args.Id, ct);
        });
        engine.Functions.Mutation<CounterId, long>("paused:increment", AccessRule.Public, async (ctx, args, ct) =>
        {
            await ReadThenPauseAsync(() => ctx.LoadAsync<Counter>(args.Id, ct));
            var counter = await ctx.LoadAsync<Counter>(args.Id, ct) ?? new Counter(args.Id, 0);
            ctx.Store(counter with { Value = counter.Value + 1 });
            return counter.Value + 1;
        });
    }

    [Theory]
    [InlineData("paused:get")]
    [InlineData("paused:increment")]
    public async Task A_function_whose_connection_is_terminated_while_it_runs_completes_on_a_fresh_one_and_nothing_reports_it_failed(string function)
    {
        var client = await ConnectAsync();
        await client.MutateAsync<long>("counters:increment", new CounterId("c"), Within());

        async Task<long> CallAsync() => function == "paused:get"
            ? (await client.QueryAsync<Counter?>(function, new CounterId("c"), Within()))!.Value
            : await client.MutateAsync<long>(function, new CounterId("c"), Within());

        var call = CallAsync();
        await _paused.Task.WaitAsync(Within());
        (await TerminateHostConnectionsAsync()).Should().BePositive("the paused function holds a connection in a transaction");
        _resume.SetResult();

        (await call).Should().Be(function == "paused:get" ? 1 : 2, "the call ran again on a fresh connection");
        (await client.QueryAsync<Counter?>("counters:get", new CounterId("c"), Within()))!.Value
            .Should().Be(function == "paused:get" ? 1 : 2, "the mutation was applied once");
        ErrorLogs.Errors.Should().NotContain(e => e.Message.Contains("correlation id", StringComparison.Ordinal),
            "no function was reported as failed (INTERNAL_ERROR) because its connection was ended");
    }

    /// <summary>Reads once (so the transaction has a snapshot), then waits for the test to end the connection.</summary>
    private async Task ReadThenPauseAsync(Func<Task> read)
    {
        if (_resume.Task.IsCompleted)
        {
            return;
        }

        await read();
        _paused.TrySetResult();
        await _resume.Task;
    }

    private async Task<long> TerminateHostConnectionsAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString + ";Pooling=false");
        await connection.OpenAsync(Within());
        await using var terminate = new NpgsqlCommand(
            "select count(pg_terminate_backend(pid)) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()", connection);
        return (long)(await terminate.ExecuteScalarAsync(Within()))!;
    }
}
