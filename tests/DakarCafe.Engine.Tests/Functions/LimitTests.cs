using DakarCafe.Client;
using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;

namespace DakarCafe.Engine.Tests.Functions;

public sealed class LimitTests(PostgresServer postgres) : EngineTest(postgres)
{
    protected override void Configure(EngineBuilder engine)
    {
        base.Configure(engine);
        engine.Limits.MaxDocumentsRead = 5;
        engine.Limits.MaxDocumentsWritten = 1;
        engine.Limits.MaxMutationAttempts = 1;
        // Long enough that forty contending increments on a busy machine finish in time (their row-lock and pool waits
        // count), short enough that the one-minute query is cut well before the test's patience runs out.
        engine.Limits.MaxRunTime = TimeSpan.FromSeconds(2);
    }

    [Fact]
    public async Task A_query_reading_more_documents_than_allowed_fails_naming_the_limit()
    {
        var client = await ConnectAsync();
        for (var i = 0; i < 6; i++)
        {
            await client.MutateAsync<Guid>("items:create", new NewItem(Guid.NewGuid(), "capsules", $"c{i}", 1), Within());
        }

        var reading = () => client.QueryAsync<List<Item>>("items:inCategory", new CategoryArgs("capsules"), Within());

        var error = (await reading.Should().ThrowAsync<DakarCafeException>()).Which.Error;
        error.Code.Should().Be(ErrorCodes.LimitExceeded);
        error.Data.Should().Contain("documentsRead");
    }

    [Fact]
    public async Task A_query_running_past_its_time_fails_naming_the_limit()
    {
        var client = await ConnectAsync();

        var slow = () => client.QueryAsync<int>("failing:slow", new NoArgs(), Within());

        var error = (await slow.Should().ThrowAsync<DakarCafeException>()).Which.Error;
        error.Code.Should().Be(ErrorCodes.LimitExceeded);
        error.Data.Should().Contain("runTime");
    }

    [Fact]
    public async Task A_mutation_writing_more_documents_than_allowed_fails_and_writes_nothing()
    {
        var client = await ConnectAsync();

        var writing = () => client.MutateAsync<long>("counters:incrementBoth", new CounterIds("w1", "w2"), Within());

        (await writing.Should().ThrowAsync<DakarCafeException>()).Which.Error.Data.Should().Contain("documentsWritten");
        (await client.QueryAsync<Counter?>("counters:get", new CounterId("w1"), Within())).Should().BeNull();
    }

    [Fact]
    public async Task Concurrent_conflicting_mutations_without_retries_answer_CONFLICT_and_apply_only_the_winners()
    {
        var clients = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => ConnectAsync()));
        var outcomes = await Task.WhenAll(clients.SelectMany(client => Enumerable.Range(0, 10).Select(async _ =>
        {
            try
            {
                await client.MutateAsync<long>("counters:increment", new CounterId("hot"), Within());
                return "ok";
            }
            catch (DakarCafeException e)
            {
                return e.Code;
            }
        })));

        outcomes.Should().OnlyContain(o => o == "ok" || o == ErrorCodes.Conflict);
        outcomes.Should().Contain(ErrorCodes.Conflict, "with one attempt each, concurrent increments of one counter conflict");
        var final = await clients[0].QueryAsync<Counter>("counters:get", new CounterId("hot"), Within());
        final.Value.Should().Be(outcomes.Count(o => o == "ok"), "every answered increment was applied, and no refused one");
    }
}
