using System.Net;
using DakarCafe.Testing;

namespace DakarCafe.Server.Tests.Hosting;

/// <summary>The server started as the README's run command starts it: no connection string, its own PostgreSQL.</summary>
public sealed class EmbeddedDatabaseTests : IDisposable
{
    private readonly string _folder = TempFolders.Create("embedded");

    private string DataDirectory => Path.Combine(_folder, "postgres");

    [Fact]
    public async Task Server_without_a_connection_string_runs_its_own_database_and_stops_it_on_SIGTERM()
    {
        await using var server = await ServerProcess.StartAsync(DataDirectory);
        var postgresPid = ReadPostmasterPid();

        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        using var health = await HealthPolling.WaitForStatusAsync(http, HttpStatusCode.OK, TimeSpan.FromSeconds(60), "the server finishes starting");
        (await health.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Contain("\"database\":\"connected\"");

        (await server.TerminateAsync()).Should().Be(0);

        Processes.IsRunning(postgresPid).Should().BeFalse("stopping the server stops its database");
        File.Exists(Path.Combine(DataDirectory, "postmaster.pid")).Should().BeFalse();
    }

    [Fact]
    public async Task A_second_run_reuses_the_data_of_the_first()
    {
        await using (var first = await ServerProcess.StartAsync(DataDirectory))
        {
            first.Output.Should().Contain(line => line.Contains("initialised now: True", StringComparison.Ordinal));
        }

        await using var second = await ServerProcess.StartAsync(DataDirectory);

        second.Output.Should().Contain(line => line.Contains("initialised now: False", StringComparison.Ordinal));
    }

    private int ReadPostmasterPid() =>
        int.Parse(File.ReadLines(Path.Combine(DataDirectory, "postmaster.pid")).First(), System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose() => TempFolders.Delete(_folder);
}
