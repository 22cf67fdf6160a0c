using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace DakarCafe.Engine.Tests.Sync;

public sealed class BadInputTests(PostgresServer postgres) : EngineTest(postgres)
{
    private const int SubscriptionCap = 20;
    private const int MessageLimit = 16 * 1024;

    protected override void Configure(EngineBuilder engine)
    {
        base.Configure(engine);
        engine.Limits.MaxSubscriptionsPerConnection = SubscriptionCap;
        engine.Limits.MaxMessageBytes = MessageLimit;
    }

    [Fact]
    public async Task Subscriptions_past_the_per_connection_cap_fail_with_LIMIT_EXCEEDED_and_the_rest_keep_working()
    {
        await using var raw = await RawSyncConnection.ConnectAsync(Host.BaseAddress, "greedy");
        var changes = Enumerable.Range(1, 10_000)
            .Select(id => new QueryChange(QueryChangeKind.Add, id, "counters:get", $$"""{"id":"c{{id}}"}"""))
            .Chunk(200);
        foreach (var chunk in changes)
        {
            await raw.Hub.SendAsync(SyncHubMethods.ModifyQuerySet, new QuerySetModification(chunk), Within());
        }

        var refused = await raw.NextModificationAsync(10_000, Patience, "the last add, far past the cap");

        refused.Kind.Should().Be(QueryModificationKind.Failed);
        refused.Error!.Code.Should().Be(ErrorCodes.LimitExceeded);
        refused.Error.Message.Should().Contain("subscriptionsPerConnection");
        (await raw.MutateAsync(1, "counters:increment", new CounterId("c1"))).Error.Should().BeNull();
        (await raw.NextModificationAsync(1, Patience, "a subscription under the cap still updates")).Kind.Should().Be(QueryModificationKind.Updated);
    }

    [Fact]
    public async Task A_message_over_the_size_limit_closes_only_that_connection_with_a_reason()
    {
        var bystander = await ConnectAsync();
        await using var raw = await RawSyncConnection.ConnectAsync(Host.BaseAddress, "oversize");
        var closed = new TaskCompletionSource<Exception?>();
        raw.Hub.Closed += error =>
        {
            closed.TrySetResult(error);
            return Task.CompletedTask;
        };

        var oversized = () => raw.Hub.InvokeAsync<FunctionResult>(SyncHubMethods.Mutation,
            new FunctionCall(1, "counters:increment", $$"""{"id":"{{new string('x', MessageLimit * 2)}}"}"""), Within());

        await oversized.Should().ThrowAsync<Exception>();
        (await closed.Task.WaitAsync(Within())).Should().NotBeNull("the server closed the connection with an error");
        (await bystander.MutateAsync<long>("counters:increment", new CounterId("bystander"), Within())).Should().Be(1);
    }

    [Theory]
    [InlineData("{\"id\":\"a\\u0000b\"}", "NUL")]
    [InlineData("{\"id\":\"\\ud800\"}", "surrogate")]
    public async Task A_string_PostgreSQL_cannot_store_is_a_VALIDATION_ERROR_naming_the_field(string args, string named)
    {
        await using var raw = await RawSyncConnection.ConnectAsync(Host.BaseAddress, "unstorable-" + named);

        var answer = await raw.Hub.InvokeAsync<FunctionResult>(SyncHubMethods.Mutation, new FunctionCall(1, "counters:increment", args), Within());

        answer.Error!.Code.Should().Be(ErrorCodes.Validation);
        answer.Error.Message.Should().Contain("'id'").And.Contain(named);
        (await raw.MutateAsync(2, "counters:increment", new CounterId("storable"))).Error.Should().BeNull("the connection stays usable");
    }

    [Fact]
    public async Task Arguments_of_the_wrong_type_for_a_hub_method_get_an_error_and_the_connection_stays_usable()
    {
        await using var raw = await RawSyncConnection.ConnectAsync(Host.BaseAddress, "wrong-shape");

        var wrong = () => raw.Hub.InvokeAsync<FunctionResult>(SyncHubMethods.Mutation, "not a call", Within());

        (await wrong.Should().ThrowAsync<HubException>()).Which.Message.Should().NotContain(" at ");
        (await raw.MutateAsync(2, "counters:increment", new CounterId("usable"))).Error.Should().BeNull();
    }

    [Fact]
    public async Task A_null_call_is_answered_with_BAD_REQUEST()
    {
        await using var raw = await RawSyncConnection.ConnectAsync(Host.BaseAddress, "null-call");

        var result = await raw.Hub.InvokeAsync<FunctionResult>(SyncHubMethods.Mutation, null, Within());

        result.Error!.Code.Should().Be(ErrorCodes.BadRequest);
    }
}
