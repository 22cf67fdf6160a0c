using DakarCafe.Engine.Scheduling;
using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Fixtures;

namespace DakarCafe.Engine.Tests.Scheduling;

/// <summary>The scheduler on the real clock: nobody ticks for it.</summary>
public sealed class SchedulerTimerTests(PostgresServer postgres) : EngineTest(postgres)
{
    protected override void Configure(EngineBuilder engine)
    {
        base.Configure(engine);
        engine.Limits.SchedulerInterval = TimeSpan.FromMilliseconds(200);
    }

    [Fact]
    public async Task A_due_job_runs_by_itself_and_its_progress_is_visible_live()
    {
        var client = await ConnectAsync();
        var jobs = await client.SubscribeAsync<List<ScheduledJob>>("jobs:list", new NoArgs(), Within());
        await jobs.ResultAsync(Within());

        var job = (await client.MutateAsync<List<Guid>>("jobs:scheduleIncrement", new ScheduleIncrement("timer", 1), Within())).Single();
        var seen = new List<JobState>();
        jobs.Changed += s => seen.AddRange(s.Value!.Where(j => j.Id == job).Select(j => j.State).Where(state => seen.Count == 0 || seen[^1] != state));

        var done = await jobs.WaitForAsync(list => list.SingleOrDefault(j => j.Id == job)?.State == JobState.Succeeded, Within());

        done.Single(j => j.Id == job).Attempts.Should().Be(1);
        seen.Should().EndWith(JobState.Succeeded).And.NotContain(JobState.Failed);
        (await client.QueryAsync<Counter?>("counters:get", new CounterId("timer"), Within()))!.Value.Should().Be(1);
    }
}
