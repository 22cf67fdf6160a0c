using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Fixtures;

namespace DakarCafe.Engine.Tests.Invariants;

public sealed class I3_no_empty_pushes_tests(PostgresServer postgres) : EngineTest(postgres)
{
    [Fact]
    public async Task A_rerun_with_an_unchanged_result_pushes_nothing()
    {
        var client = await ConnectAsync();
        var capsule = Guid.NewGuid();
        await client.MutateAsync<Guid>("items:create", new NewItem(capsule, "capsules", "Ristretto", 3500), Within());
        var names = await client.SubscribeAsync<List<string>>("items:namesInCategory", new CategoryArgs("capsules"), Within());
        await names.ResultAsync(Within());
        var updates = 0;
        names.Changed += _ => Interlocked.Increment(ref updates);
        var executionsBefore = Host.Metrics.QueryExecutions;

        await client.MutateAsync<long>("items:setNote", new NoteChange(capsule, "a note the query does not return"), Within());

        Host.Metrics.QueryExecutions.Should().Be(executionsBefore + 1, "the note change touched a capsule the query read, so it re-ran");
        updates.Should().Be(0, "its result did not change, so nothing was pushed");
        names.Value.Should().Equal("Ristretto");
    }
}
