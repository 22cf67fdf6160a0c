using DakarCafe.Engine.Functions;
using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DakarCafe.Engine.Tests.Functions;

/// <summary>Far more mutations at once than the connection pool has connections: each is answered truly, and the reactor keeps publishing.</summary>
public sealed class MutationAdmissionTests(PostgresServer postgres) : EngineTest(postgres)
{
    private const int Mutators = 300;

    protected override string ForHosts(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = 20 }.ConnectionString;

    [Fact]
    public async Task Three_hundred_mutations_at_once_on_a_pool_of_twenty_are_answered_as_they_happened_and_subscribers_keep_up()
    {
        var watcher = await ConnectAsync();
        var watched = await watcher.SubscribeAsync<Counter?>("counters:get", new CounterId("c-0"), Within());
        await watched.ResultAsync(Within());
        var caller = Host.Services.GetRequiredService<IFunctionCaller>();
        var anonymous = CallerIdentity.Anonymous;

        var answers = await Task.WhenAll(Enumerable.Range(0, Mutators).Select(i => Task.Run(() =>
            caller.MutateAsync("counters:increment", $$"""{"id":"c-{{i}}"}""", anonymous, Within(TimeSpan.FromSeconds(60))))));

        await using var session = Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var stored = (await session.Query<Counter>().ToListAsync(Within())).ToDictionary(c => c.Id, c => c.Value);
        for (var i = 0; i < Mutators; i++)
        {
            if (answers[i].Error is { } error)
            {
                error.Code.Should().Be(ErrorCodes.Overloaded, "a mutation fails only when it could not start ({0})", error.Message);
                stored.Should().NotContainKey($"c-{i}", "a mutation answered as failed wrote nothing");
            }
            else
            {
                stored.Should().Contain($"c-{i}", 1, "a mutation answered as done was committed");
                answers[i].Version.Should().BePositive();
            }
        }

        answers.Count(a => a.Error is null).Should().BeGreaterThan(Mutators / 2, "the pool serves the mutations in turn");
        var final = stored.GetValueOrDefault("c-0");
        (await watched.WaitForAsync(c => (c?.Value ?? 0) == final, Within()))?.Value.Should().Be(final == 0 ? null : final, "the reactor still publishes under the load");
    }
}
