using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;

namespace DakarCafe.Engine.Tests.Dashboard;

/// <summary>Jobs from the dashboard: counts by state, a failed job retried until it succeeds, a pending one cancelled, each audited.</summary>
public sealed class JobsViewTests(PostgresServer postgres) : DashboardTest(postgres)
{
    [Fact]
    public async Task A_failed_job_is_retried_and_a_pending_one_cancelled_from_the_dashboard()
    {
        var bob = await UserAsync();
        var admin = await AdminAsync();
        var flaky = await bob.MutateAsync<Guid>("jobs:scheduleFlaky", new ScheduleIncrement("flaky", 0), Within());
        await AdvanceAsync(TimeSpan.FromSeconds(1));

        var failed = await QueryAsync(admin, "jobs", new { state = "failed" });
        failed.GetProperty("total").GetInt32().Should().Be(1);
        failed.GetProperty("counts").GetProperty("failed").GetInt32().Should().Be(1);
        var job = failed.GetProperty("jobs")[0];
        job.GetProperty("id").GetGuid().Should().Be(flaky);
        job.GetProperty("lastError").GetString().Should().Contain("attempt 1 fails on purpose");

        var retried = await MutateAsync(admin, "retryJob", new { id = flaky });
        retried.GetProperty("state").GetString().Should().Be("pending");
        retried.GetProperty("attempts").GetInt32().Should().Be(0);
        (await AdvanceAsync(TimeSpan.FromSeconds(1))).Should().Be(1, "the retried job ran again");
        await MutateAsync(admin, "retryJob", new { id = flaky });
        await AdvanceAsync(TimeSpan.FromSeconds(1));
        (await StateAsync(admin, flaky)).Should().Be("succeeded", "its third attempt succeeds");
        (await RefusalAsync(() => MutateAsync(admin, "retryJob", new { id = flaky }))).Should().Be(ErrorCodes.Conflict);

        var later = (await bob.MutateAsync<IReadOnlyList<Guid>>("jobs:scheduleIncrement", new ScheduleIncrement("later", 3600), Within()))[0];
        (await MutateAsync(admin, "cancelJob", new { id = later })).GetProperty("state").GetString().Should().Be("cancelled");
        await AdvanceAsync(TimeSpan.FromHours(2));
        (await CounterAsync(bob, "later")).Should().BeNull("the cancelled job never ran");
        (await RefusalAsync(() => MutateAsync(admin, "cancelJob", new { id = later }))).Should().Be(ErrorCodes.Conflict);

        var counts = (await QueryAsync(admin, "jobs", new { })).GetProperty("counts");
        (counts.GetProperty("succeeded").GetInt32(), counts.GetProperty("cancelled").GetInt32(), counts.GetProperty("failed").GetInt32()).Should().Be((1, 1, 0));
        var audit = (await QueryAsync(admin, "auditLog", new { })).GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("action").GetString());
        audit.Should().Equal("cancelJob", "retryJob", "retryJob");
    }

    private static async Task<string?> StateAsync(Client.DakarCafeClient admin, Guid id) =>
        (await QueryAsync(admin, "jobs", new { })).GetProperty("jobs").EnumerateArray().Single(j => j.GetProperty("id").GetGuid() == id).GetProperty("state").GetString();

    private static async Task<string> RefusalAsync(Func<Task> call) => (await call.Should().ThrowAsync<Client.DakarCafeException>()).Which.Code;
}
