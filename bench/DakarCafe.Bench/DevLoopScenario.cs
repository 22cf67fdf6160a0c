using System.Diagnostics;
using System.Globalization;
using DakarCafe.Client;

namespace DakarCafe.Bench;

/// <summary>
/// The dev loop of a stranger's app: the template app made from the packed packages, <c>dakarcafe dev</c> running,
/// and rounds of "add a function to the schema and the server, save": how long until the new function is served
/// (it answers instead of UNKNOWN_FUNCTION) and until the generated TypeScript has it. Floor: an incremental
/// <c>dotnet build</c> of the server after the same kind of edit, without dev running.
/// </summary>
internal static class DevLoopScenario
{
    public static async Task RunAsync(int rounds)
    {
        var report = new Report("dev-loop");
        var root = Report.RepositoryRoot() ?? throw new InvalidOperationException("Run from the repository's build output.");
        report.Say($"# Dev loop: save -> served, save -> typed ({rounds} rounds)");
        report.Say($"- noise before: {ProcessProbe.Noise()}");
        await BenchFolder.RunInAsync(async folder =>
        {
            Environment.SetEnvironmentVariable("NUGET_PACKAGES", Path.Combine(folder, "packages"));
            var feed = Path.Combine(folder, "feed");
            await DotnetAsync(folder, "pack", Path.Combine(root, "DakarCafe.sln"), "-c", "Release", "--no-build", "-o", feed, "-v", "quiet");
            await File.WriteAllTextAsync(Path.Combine(folder, "nuget.config"),
                $"<configuration><packageSources><add key=\"local\" value=\"{feed}\" /></packageSources></configuration>");
            var hive = Path.Combine(folder, "hive");
            await DotnetAsync(folder, "new", "install", Path.Combine(feed, "DakarCafe.Templates.0.1.0.nupkg"), "--debug:custom-hive", hive);
            await DotnetAsync(folder, "new", "dakarcafe-app", "-n", "Loop", "-o", "Loop", "--debug:custom-hive", hive);
            var app = Path.Combine(folder, "Loop");
            await DotnetAsync(app, "build", "Loop.Server", "-v", "quiet");

            var floors = new List<double>();
            for (var i = 0; i < 3; i++)
            {
                await File.AppendAllTextAsync(Path.Combine(app, "Loop.Server", "NotesModule.cs"), $"\n// floor {i}\n");
                var started = Stopwatch.GetTimestamp();
                await DotnetAsync(app, "build", "Loop.Server", "-v", "quiet");
                floors.Add(Stopwatch.GetElapsedTime(started).TotalSeconds);
            }

            var port = FanOutScenario.FreePort();
            using var dev = Start(app, "dotnet", Path.Combine(root, "server", "DakarCafe.Cli", "bin", "Release", "net10.0", "DakarCafe.Cli.dll"),
                "dev", "--urls", $"http://127.0.0.1:{port}");
            try
            {
                await using var client = new DakarCafeClient(new DakarCafeClientOptions { ServerUrl = new Uri($"http://127.0.0.1:{port}") });
                await UntilAsync(() => AnswersAsync(client, "notes:list"), TimeSpan.FromMinutes(5));
                var served = new List<double>();
                var typed = new List<double>();
                for (var round = 1; round <= rounds; round++)
                {
                    var name = $"probe{round}";
                    Edit(Path.Combine(app, "Loop.Schema", "Api.cs"), "    public static class Notes\n    {\n",
                        $"    public static class Notes\n    {{\n        /// <summary>A probe.</summary>\n        public static QueryReference<ListNotesArgs, int> Probe{round} {{ get; }} = new(\"notes:{name}\");\n\n");
                    Edit(Path.Combine(app, "Loop.Server", "NotesModule.cs"), "        f.Query(Api.Notes.List, AccessRule.Public, ListAsync);\n",
                        $"        f.Query(Api.Notes.List, AccessRule.Public, ListAsync);\n        f.Query(Api.Notes.Probe{round}, AccessRule.Public, (ctx, _, ct) => ctx.CountAsync<Note>(n => n, ct));\n");
                    var saved = Stopwatch.GetTimestamp();
                    var generated = Path.Combine(app, "web", "src", "_generated", "api.ts");
                    var typing = UntilAsync(async () => (await File.ReadAllTextAsync(generated)).Contains($"\"notes:{name}\"", StringComparison.Ordinal), TimeSpan.FromMinutes(3))
                        .ContinueWith(_ => Stopwatch.GetElapsedTime(saved).TotalSeconds, TaskScheduler.Default);
                    await UntilAsync(() => AnswersAsync(client, $"notes:{name}"), TimeSpan.FromMinutes(3));
                    served.Add(Stopwatch.GetElapsedTime(saved).TotalSeconds);
                    typed.Add(await typing);
                    report.Say(string.Create(CultureInfo.InvariantCulture, $"- round {round}: served {served[^1]:0.0} s, typed {typed[^1]:0.0} s"));
                }

                report.Say(string.Create(CultureInfo.InvariantCulture,
                    $"- save -> served: median {Median(served):0.0} s, max {served.Max():0.0} s; save -> typed: median {Median(typed):0.0} s, max {typed.Max():0.0} s"));
                report.Say(string.Create(CultureInfo.InvariantCulture,
                    $"- floor, incremental `dotnet build` of the server: median {Median(floors):0.0} s; served / floor = {Median(served) / Median(floors):0.00}"));
            }
            finally
            {
                using (var interrupt = Process.Start("kill", ["-INT", dev.Id.ToString(CultureInfo.InvariantCulture)])!)
                {
                    await interrupt.WaitForExitAsync();
                }

                using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                try
                {
                    await dev.WaitForExitAsync(stopping.Token);
                }
                catch (OperationCanceledException)
                {
                    dev.Kill(entireProcessTree: true);
                }
            }
        });
        report.Say($"- noise after: {ProcessProbe.Noise()}");
        await report.WriteAsync();
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

    private static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (!await condition())
        {
            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"Not within {timeout}.");
            }

            await Task.Delay(100);
        }
    }

    private static void Edit(string file, string anchor, string replacement)
    {
        var text = File.ReadAllText(file);
        File.WriteAllText(file, text.Contains(anchor, StringComparison.Ordinal) ? text.Replace(anchor, replacement, StringComparison.Ordinal)
            : throw new InvalidOperationException($"{file} has no '{anchor.Trim()}'"));
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static Process Start(string folder, string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file, arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task DotnetAsync(string folder, params string[] arguments)
    {
        using var process = Start(folder, "dotnet", arguments);
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed in {folder} ({process.ExitCode})");
        }
    }
}
