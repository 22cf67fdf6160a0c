using System.Diagnostics;
using System.Text.Json;
using DakarCafe.Client;
using DakarCafe.Fixtures;

namespace DakarCafe.Platform.Tests;

/// <summary><c>dakarcafe dev</c> in a stranger's app: a saved change is served and typed without a restart by hand.</summary>
public sealed class DevLoopTests(PackedSolution packed)
{
    [Fact]
    public async Task A_function_added_while_dev_runs_is_served_and_its_types_generated_without_restarting_the_command()
    {
        using var folder = new StrangerApp(packed.Feed);
        await folder.NewAppAsync("Baobab");
        var generatedApi = Path.Combine(folder.Root, "Baobab", "web", "src", "_generated", "api.ts");
        var start = folder.StartInfo("Baobab", [RepositoryFolders.CliDll, "dev", "--urls", $"http://127.0.0.1:{TestPorts.FreeLoopback()}"]);
        // dotnet watch restores and builds the app first, which takes a while on a loaded machine.
        await using var dev = await ServerProcess.StartAsync(start, TimeSpan.FromMinutes(5), TestContext.Current.CancellationToken);
        await using var client = new DakarCafeClient(new DakarCafeClientOptions { ServerUrl = dev.BaseAddress });
        await client.ConnectAsync(Deadlines.Within());
        (await client.QueryAsync<List<JsonElement>>("notes:list", new { }, Deadlines.Within())).Should().BeEmpty();
        var before = () => client.QueryAsync<int>("notes:count", new { }, Deadlines.Within());
        (await before.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be("UNKNOWN_FUNCTION");

        var saved = Stopwatch.StartNew();
        folder.AddNoteCountQuery("Baobab", "Count", "notes:count");
        await Deadlines.UntilAsync(() => CallableAsync(client), "the new function is served", TimeSpan.FromMinutes(3));
        var served = saved.Elapsed;
        await Deadlines.UntilAsync(() => File.ReadAllText(generatedApi).Contains("count: query<t.ListNotesArgs, number>(\"notes:count\")", StringComparison.Ordinal),
            "the generated api has the new function", TimeSpan.FromMinutes(1));
        var typed = saved.Elapsed;
        TestContext.Current.TestOutputHelper?.WriteLine($"save -> served {served.TotalSeconds:F1} s, save -> typed {typed.TotalSeconds:F1} s");

        (await client.QueryAsync<int>("notes:count", new { }, Deadlines.Within())).Should().Be(0);
        dev.Output.Should().Contain(line => line.Contains("codegen", StringComparison.Ordinal) && line.Contains("api.ts", StringComparison.Ordinal));
        (await dev.InterruptAsync()).Should().Be(0, string.Join('\n', dev.Output));
    }

    /// <summary>True once the server answers the new function (its restart may refuse calls or drop the connection meanwhile).</summary>
    private static async Task<bool> CallableAsync(DakarCafeClient client)
    {
        using var attempt = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await client.QueryAsync<int>("notes:count", new { }, attempt.Token);
            return true;
        }
        catch (DakarCafeException e) when (e.Code is "UNKNOWN_FUNCTION" or "TIMEOUT" or "UNAVAILABLE" or "CLIENT_CLOSED" or "DISCONNECTED")
        {
            return false;
        }
        catch (OperationCanceledException) when (attempt.IsCancellationRequested)
        {
            // Still reconnecting to the restarted server.
            return false;
        }
    }
}
