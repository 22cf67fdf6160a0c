using DakarCafe.Client;
using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;

namespace DakarCafe.Engine.Tests.Sync;

public sealed class RateLimitTests(PostgresServer postgres) : EngineTest(postgres)
{
    protected override void Configure(EngineBuilder engine)
    {
        TestModule.Register(engine);
        (engine.Limits.MutationBurst, engine.Limits.MutationsPerSecond) = (5, 1);
        (engine.Limits.SubscriptionBurst, engine.Limits.SubscriptionsPerSecond) = (3, 1);
        (engine.Limits.QueryBurst, engine.Limits.QueriesPerSecond) = (4, 1);
    }

    [Fact]
    public async Task Mutations_past_the_burst_answer_RATE_LIMITED_with_a_retry_after_and_the_connection_stays_usable()
    {
        var client = await ConnectAsync();
        var outcomes = new List<string>();
        var started = TimeProvider.System.GetTimestamp();
        for (var i = 0; i < 12; i++)
        {
            try
            {
                await client.MutateAsync<long>("counters:increment", new CounterId("limited"), Within());
                outcomes.Add("ok");
            }
            catch (DakarCafeException e) when (e.Code == ErrorCodes.RateLimited)
            {
                outcomes.Add(e.Error.Data!);
            }
        }

        // A token comes back each second, so a slow machine may let one or two more through; the burst always passes.
        var seconds = (int)TimeProvider.System.GetElapsedTime(started).TotalSeconds;
        outcomes.Take(5).Should().OnlyContain(o => o == "ok");
        outcomes.Count(o => o == "ok").Should().BeLessThanOrEqualTo(5 + seconds + 1);
        outcomes.Where(o => o != "ok").Should().NotBeEmpty().And.OnlyContain(o => o.Contains("retryAfterMs"));
        (await client.QueryAsync<Counter>("counters:get", new CounterId("limited"), Within())).Value
            .Should().Be(outcomes.Count(o => o == "ok"), "refused mutations wrote nothing");
    }

    [Fact]
    public async Task Subscriptions_past_the_burst_fail_with_RATE_LIMITED_while_earlier_ones_keep_working()
    {
        var client = await ConnectAsync();
        var subscriptions = new List<QuerySubscription<Counter?>>();
        for (var i = 0; i < 10; i++)
        {
            subscriptions.Add(await client.SubscribeAsync<Counter?>("counters:get", new CounterId($"s{i}"), Within()));
        }

        await Task.WhenAll(subscriptions.Select(s => s.ResultAsync(Within())));

        subscriptions.Take(3).Should().OnlyContain(s => s.Error == null, "the burst always passes");
        subscriptions.Should().Contain(s => s.Error != null && s.Error.Code == ErrorCodes.RateLimited);
        subscriptions.Where(s => s.Error != null).Should().OnlyContain(s => s.Error!.Code == ErrorCodes.RateLimited);
        await client.MutateAsync<long>("counters:increment", new CounterId("s0"), Within());
        subscriptions[0].Value!.Value.Should().Be(1);
    }

    [Fact]
    public async Task One_shot_queries_past_the_burst_answer_RATE_LIMITED_and_the_connection_stays_usable()
    {
        var client = await ConnectAsync();
        var outcomes = new List<string>();
        var started = TimeProvider.System.GetTimestamp();
        for (var i = 0; i < 12; i++)
        {
            try
            {
                await client.QueryAsync<Counter?>("counters:get", new CounterId("read"), Within());
                outcomes.Add("ok");
            }
            catch (DakarCafeException e) when (e.Code == ErrorCodes.RateLimited)
            {
                outcomes.Add(e.Error.Data!);
            }
        }

        var seconds = (int)TimeProvider.System.GetElapsedTime(started).TotalSeconds;
        outcomes.Take(4).Should().OnlyContain(o => o == "ok", "the burst always passes");
        outcomes.Count(o => o == "ok").Should().BeLessThanOrEqualTo(4 + seconds + 1);
        outcomes.Where(o => o != "ok").Should().NotBeEmpty().And.OnlyContain(o => o.Contains("\"limit\":\"queries\"") && o.Contains("retryAfterMs"));
        (await client.MutateAsync<long>("counters:increment", new CounterId("read"), Within())).Should().Be(1, "mutations have a bucket of their own");
        var live = await client.SubscribeAsync<Counter?>("counters:get", new CounterId("read"), Within());
        await live.ResultAsync(Within());
        live.Value!.Value.Should().Be(1, "subscriptions too");
    }
}
