using System.Diagnostics;
using System.Globalization;
using DakarCafe.Client;
using DakarCafe.Fixtures;

namespace DakarCafe.Bench;

/// <summary>
/// The dev loop of a stranger's app: the template app made from the packed packages, <c>dakarcafe dev</c> running,
/// and rounds of "add a function to the schema and the server, save": how long until the new function is served
/// (it answers instead of UNKNOWN_FUNCTION) and until the generated TypeScript has it. Floor: an incremental
/// <c>dotnet build</c> of the server after the same kind of edit, without dev running.
/// </summary>
internal static class DevLoopScenario
{
    /// <summary>How often the probing client tries the restarted server again.</summary>
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(100);

    public static async Task RunAsync(int rounds)
    {
        var report = new Report("dev-loop");
        report.Say($"# Dev loop: save -> served, save -> typed ({rounds} rounds)");
        report.Say($"- noise before: {ProcessProbe.Noise()}");
        var feed = TempFolders.Create("bench-feed");
        try
        {
            await StrangerApp.PackSolutionAsync(feed);
            using var folder = new StrangerApp(feed);
            await folder.NewAppAsync("Loop");
            await BuildAsync(folder);
            var floors = new List<double>();
            for (var i = 0; i < 3; i++)
            {
                await File.AppendAllTextAsync(Path.Combine(folder.Root, "Loop", "Loop.Server", "NotesModule.cs"), $"\n// floor {i}\n");
                var started = Stopwatch.GetTimestamp();
                await BuildAsync(folder);
                floors.Add(Stopwatch.GetElapsedTime(started).TotalSeconds);
            }

            var start = folder.StartInfo("Loop", [RepositoryFolders.CliDll, "dev", "--urls", $"http://127.0.0.1:{FanOutScenario.FreePort()}"]);
            await using var dev = await ServerProcess.StartAsync(start, TimeSpan.FromMinutes(5));
            // The client retries at once and then every ProbeInterval, never backing off further: "served" is when
            // the server can answer, not when a backed-off client happens to try again.
            await using var client = new DakarCafeClient(new DakarCafeClientOptions
            {
                ServerUrl = dev.BaseAddress,
                ReconnectDelay = ProbeInterval,
                MaxReconnectDelay = ProbeInterval,
            });
            await Deadlines.UntilAsync(() => AnswersAsync(client, "notes:list"), "the app is served", TimeSpan.FromMinutes(5));
            var served = new List<double>();
            var typed = new List<double>();
            for (var round = 1; round <= rounds; round++)
            {
                var function = $"notes:probe{round}";
                folder.AddNoteCountQuery("Loop", $"Probe{round}", function);
                var saved = Stopwatch.GetTimestamp();
                var generated = Path.Combine(folder.Root, "Loop", "web", "src", "_generated", "api.ts");
                var typing = Deadlines.UntilAsync(async () => (await File.ReadAllTextAsync(generated)).Contains($"\"{function}\"", StringComparison.Ordinal), $"{function} is generated", TimeSpan.FromMinutes(3))
                    .ContinueWith(_ => Stopwatch.GetElapsedTime(saved).TotalSeconds, TaskScheduler.Default);
                await Deadlines.UntilAsync(() => AnswersAsync(client, function), $"{function} is served", TimeSpan.FromMinutes(3));
                served.Add(Stopwatch.GetElapsedTime(saved).TotalSeconds);
                typed.Add(await typing);
                report.Say(string.Create(CultureInfo.InvariantCulture, $"- round {round}: served {served[^1]:0.0} s, typed {typed[^1]:0.0} s"));
            }

            report.Say(string.Create(CultureInfo.InvariantCulture,
                $"- save -> served: median {Median(served):0.0} s, max {served.Max():0.0} s; save -> typed: median {Median(typed):0.0} s, max {typed.Max():0.0} s"));
            report.Say(string.Create(CultureInfo.InvariantCulture,
                $"- floor, incremental `dotnet build` of the server: median {Median(floors):0.0} s; served / floor = {Median(served) / Median(floors):0.00}"));
            report.Say(string.Create(CultureInfo.InvariantCulture,
                $"- probing: the client tries again every {ProbeInterval.TotalMilliseconds:0} ms while the server restarts"));
            await dev.InterruptAsync();
        }
        finally
        {
            TempFolders.Delete(feed);
        }

        report.Say($"- noise after: {ProcessProbe.Noise()}");
        await report.WriteAsync();
    }

    private static async Task BuildAsync(StrangerApp folder)
    {
        var (exitCode, output) = await folder.DotnetAsync("Loop", ["build", "Loop.Server", "-v", "quiet"]);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"The app did not build:\n{output}");
        }
    }

    private static async Task<bool> AnswersAsync(DakarCafeClient client, string function)
    {
        using var attempt = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            if (client.State == Microsoft.AspNetCore.SignalR.Client.HubConnectionState.Disconnected)
            {
                await client.ConnectAsync(attempt.Token);
            }

            await client.QueryAsync<System.Text.Json.JsonElement>(function, new { }, attempt.Token);
            return true;
        }
        catch (Exception e) when (e is DakarCafeException or OperationCanceledException or HttpRequestException or InvalidOperationException)
        {
            return false;
        }
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
