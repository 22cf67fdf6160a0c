using DakarCafe.Client;
using DakarCafe.Engine.Internal.Scheduling;
using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DakarCafe.Engine.Tests.Scheduling;

/// <summary>
/// An engine test on a fake clock whose nodes never tick by themselves: the test plays their timers
/// (<see cref="AdvanceAsync"/>), so each tick is known to be over when asserted on.
/// </summary>
public abstract class ClockedEngineTest(PostgresServer postgres) : EngineTest(postgres)
{
    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);

    protected override void Configure(EngineBuilder engine)
    {
        base.Configure(engine);
        engine.Limits.SchedulerInterval = TimeSpan.FromDays(3650);
    }

    /// <summary>Moves the clock on and lets the given nodes (the first by default) run what is due; returns how many jobs ran.</summary>
    protected async Task<int> AdvanceAsync(TimeSpan by, params EngineTestHost[] nodes)
    {
        Clock.Advance(by);
        var ran = await Task.WhenAll((nodes.Length == 0 ? [Host] : nodes).Select(n => n.Services.GetRequiredService<JobRunner>().RunDueAsync(Within())));
        return ran.Sum();
    }

    protected static async Task<long?> CounterAsync(DakarCafeClient client, string id) =>
        (await client.QueryAsync<Counter?>("counters:get", new CounterId(id), Within()))?.Value;
}
