using DakarCafe.Client;
using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Internal.Execution;
using DakarCafe.Engine.Scheduling;
using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace DakarCafe.Engine.Tests.Scheduling;

public sealed class SchedulerTests(PostgresServer postgres) : ClockedEngineTest(postgres)
{
    protected override void Configure(EngineBuilder engine)
    {
        base.Configure(engine);
        engine.Limits.JobRetryDelay = TimeSpan.FromMinutes(1);
        engine.Limits.MaxJobAttempts = 3;
    }

    private static async Task<ScheduledJob> JobAsync(DakarCafeClient client, Guid id) =>
        (await client.QueryAsync<List<ScheduledJob>>("jobs:list", new NoArgs(), Within())).Single(j => j.Id == id);

    [Fact]
    public async Task A_job_scheduled_by_a_mutation_runs_when_due_and_not_before()
    {
        var client = await ConnectAsync();
        var job = (await client.MutateAsync<List<Guid>>("jobs:scheduleIncrement", new ScheduleIncrement("later", 3600), Within())).Single();

        (await AdvanceAsync(TimeSpan.FromMinutes(59))).Should().Be(0);
        (await CounterAsync(client, "later")).Should().BeNull();
        (await AdvanceAsync(TimeSpan.FromMinutes(1))).Should().Be(1);

        (await CounterAsync(client, "later")).Should().Be(1);
        (await JobAsync(client, job)).Should().BeEquivalentTo(new { State = JobState.Succeeded, Attempts = 1, Function = "counters:increment" });
    }

    [Fact]
    public async Task A_mutation_that_fails_after_scheduling_schedules_nothing()
    {
        var client = await ConnectAsync();

        var scheduling = () => client.MutateAsync<Guid>("jobs:scheduleThenFail", new ScheduleIncrement("never", 0), Within());

        (await scheduling.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be("NOPE");
        (await AdvanceAsync(TimeSpan.FromMinutes(1))).Should().Be(0);
        (await client.QueryAsync<List<ScheduledJob>>("jobs:list", new NoArgs(), Within())).Should().BeEmpty();
    }

    [Fact]
    public async Task A_cancelled_job_never_runs_and_a_finished_one_cannot_be_cancelled()
    {
        var client = await ConnectAsync();
        var jobs = await client.MutateAsync<List<Guid>>("jobs:scheduleIncrement", new ScheduleIncrement("cancelled", 60, Times: 2), Within());

        (await client.MutateAsync<bool>("jobs:cancel", new JobId(jobs[0]), Within())).Should().BeTrue();
        await AdvanceAsync(TimeSpan.FromMinutes(2));

        (await CounterAsync(client, "cancelled")).Should().Be(1, "only the job not cancelled ran");
        (await JobAsync(client, jobs[0])).State.Should().Be(JobState.Cancelled);
        (await client.MutateAsync<bool>("jobs:cancel", new JobId(jobs[1]), Within())).Should().BeFalse();
    }

    [Fact]
    public async Task A_job_that_fails_is_retried_with_growing_delays_until_it_succeeds()
    {
        var client = await ConnectAsync();
        var job = await client.MutateAsync<Guid>("jobs:scheduleFlaky", new ScheduleIncrement("flaky", 0), Within());

        await AdvanceAsync(TimeSpan.Zero);
        var afterFirst = await JobAsync(client, job);
        (await AdvanceAsync(TimeSpan.FromSeconds(59))).Should().Be(0, "the retry waits the whole delay");
        (await AdvanceAsync(TimeSpan.FromSeconds(1))).Should().Be(1);
        var afterSecond = await JobAsync(client, job);
        (await AdvanceAsync(TimeSpan.FromMinutes(2))).Should().Be(1, "the next delay is twice as long");

        afterFirst.Should().BeEquivalentTo(new { State = JobState.Pending, Attempts = 1, LastError = "NOT_YET: attempt 1 fails on purpose" });
        afterFirst.RunAt.Should().Be(Clock.GetUtcNow() - TimeSpan.FromMinutes(2), "one minute after the first attempt, three minutes before the third");
        afterSecond.Should().BeEquivalentTo(new { State = JobState.Pending, Attempts = 2 });
        (await JobAsync(client, job)).Should().BeEquivalentTo(new { State = JobState.Succeeded, Attempts = 3, LastError = (string?)null });
        (await CounterAsync(client, "flaky")).Should().Be(3);
    }

    [Fact]
    public async Task A_job_failing_on_every_attempt_ends_failed_with_its_last_error_and_writes_nothing()
    {
        var client = await ConnectAsync();
        var job = (await client.MutateAsync<List<Guid>>("jobs:scheduleIncrement", new ScheduleIncrement("x", 0), Within())).Single();
        await using (var session = Host.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            // Points the job at a mutation that writes, then refuses: as a job whose code changed under it would.
            var scheduled = await session.LoadAsync<ScheduledJob>(job, Within());
            session.Store(scheduled! with { Function = "failing:writeThenThrow" });
            await session.SaveChangesAsync(Within());
        }

        foreach (var wait in new[] { TimeSpan.Zero, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2) })
        {
            (await AdvanceAsync(wait)).Should().Be(1);
        }

        (await AdvanceAsync(TimeSpan.FromHours(1))).Should().Be(0, "a failed job is not tried again");
        (await JobAsync(client, job)).Should().BeEquivalentTo(new { State = JobState.Failed, Attempts = 3, LastError = "NOPE: refused after writing" });
        (await CounterAsync(client, "x")).Should().BeNull("the refused mutation wrote nothing on any attempt");
    }

    [Fact]
    public async Task Two_nodes_claiming_the_same_due_jobs_run_each_exactly_once()
    {
        var second = await StartHostAsync();
        var client = await ConnectAsync();
        var jobs = await client.MutateAsync<List<Guid>>("jobs:scheduleIncrement", new ScheduleIncrement("shared", 0, Times: 60), Within());

        var ran = 0;
        for (var round = 0; round < 10 && ran < jobs.Count; round++)
        {
            ran += await AdvanceAsync(TimeSpan.FromSeconds(1), Host, second);
        }

        ran.Should().Be(jobs.Count);
        (await CounterAsync(client, "shared")).Should().Be(jobs.Count);
        var finished = (await client.QueryAsync<List<ScheduledJob>>("jobs:list", new NoArgs(), Within())).Where(j => jobs.Contains(j.Id)).ToList();
        finished.Should().AllSatisfy(j => j.Should().BeEquivalentTo(new { State = JobState.Succeeded, Attempts = 1 }));
        finished.Select(j => j.Id).Should().OnlyHaveUniqueItems().And.HaveCount(jobs.Count);
    }

    [Fact]
    public async Task A_job_whose_node_died_after_committing_is_finished_by_another_node_without_running_twice()
    {
        var client = await ConnectAsync();
        var job = (await client.MutateAsync<List<Guid>>("jobs:scheduleIncrement", new ScheduleIncrement("once", 0), Within())).Single();
        var executor = Host.Services.GetRequiredService<MutationExecutor>();
        var server = CallerIdentity.Anonymous with { IsServerCall = true };

        // The dead node: it claimed the job, ran its mutation (which committed), and vanished before recording it.
        var applied = await executor.RunAsync(new FunctionCall(1, "counters:increment", """{"id":"once"}"""), server, $"job:{job:N}", Within());
        await using (var session = Host.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            var scheduled = await session.LoadAsync<ScheduledJob>(job, Within());
            session.Store(scheduled! with { State = JobState.Running, Attempts = 1, ClaimedBy = "dead-node", ClaimedUntil = Clock.GetUtcNow().AddMinutes(5) });
            await session.SaveChangesAsync(Within());
        }

        (await AdvanceAsync(TimeSpan.FromMinutes(4))).Should().Be(0, "the dead node's claim has not lapsed yet");
        (await AdvanceAsync(TimeSpan.FromMinutes(1))).Should().Be(1);

        applied.Error.Should().BeNull();
        (await CounterAsync(client, "once")).Should().Be(1, "the second run was answered from the first run's receipt");
        (await JobAsync(client, job)).Should().BeEquivalentTo(new { State = JobState.Succeeded, Attempts = 2 });
    }
}
