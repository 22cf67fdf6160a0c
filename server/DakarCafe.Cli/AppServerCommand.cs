using System.Diagnostics;
using DakarCafe.Cli.Commands;
using DakarCafe.Engine.Backup;
using DakarCafe.Engine.Commands;
using DakarCafe.Engine.Internal.Commands;
using DakarCafe.Engine.Storage;
using Spectre.Console;

namespace DakarCafe.Cli;

/// <summary>
/// Runs a deployment command (export, import, seed, ...) in the app's own server, built from its server project and
/// started as a process of its own for the command (the engine's command mode: <c>app.RunDakarCafeAsync()</c>), so the
/// command works on any app, with the app's own documents, schema and commands. The request goes in the process's
/// environment; its progress and outcome come back on its standard output, its log on standard error. Beside a
/// running server on the same embedded database the process is one more node on that server's PostgreSQL.
/// </summary>
internal static class AppServerCommand
{
    /// <summary>
    /// Runs <paramref name="name"/> with <paramref name="arguments"/> on the deployment the settings name and prints its
    /// outcome; returns the exit code (0 when it succeeded). <paramref name="showProgress"/> draws its progress reports as bars.
    /// </summary>
    public static async Task<int> RunAsync(AppCommandSettings settings, string name, Dictionary<string, string> arguments, bool showProgress,
        CancellationToken ct)
    {
        if (settings.FindApp() is not { } app
            || await app.BuildAsync(app.ServerProject, settings.Configuration, build: !settings.NoBuild, ct) is not { } server)
        {
            return 1;
        }

        var contentRoot = settings.ContentRootOf(app);
        var start = new ProcessStartInfo("dotnet", [server, "--contentRoot", contentRoot])
        {
            WorkingDirectory = contentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { [CommandRequest.Variable] = new CommandRequest(name, arguments).ToJson() },
        };
        if (settings.Database is not null)
        {
            start.Environment[PostgresEndpoint.ConnectionStringKey.Replace(":", "__", StringComparison.Ordinal)] = settings.Database;
        }

        using var process = Process.Start(start)!;
        var log = PassOnAsync(process.StandardError);
        var outcome = showProgress
            ? await ArchiveProgressBar.RunAsync(progress => ReadMessagesAsync(process.StandardOutput, progress))
            : await ReadMessagesAsync(process.StandardOutput, progress: null);

        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        await log;
        if (outcome is null)
        {
            AnsiConsole.MarkupLine($"[red]The app's server ended (exit code {process.ExitCode}) without running the command;[/] its log above says why.");
            return process.ExitCode == 0 ? 1 : process.ExitCode;
        }

        AnsiConsole.MarkupLine(outcome.Succeeded ? $"[green]{Markup.Escape(outcome.Message)}[/]" : $"[red]{Markup.Escape(outcome.Message)}[/]");
        return outcome.Succeeded && process.ExitCode == 0 ? 0 : 1;
    }

    /// <summary>Reads the process's output to its end: progress goes to <paramref name="progress"/>, the app's own lines to standard error.</summary>
    private static async Task<DeploymentCommandOutcome?> ReadMessagesAsync(StreamReader output, IProgress<ArchiveProgress>? progress)
    {
        DeploymentCommandOutcome? outcome = null;
        while (await output.ReadLineAsync() is { } line)
        {
            switch (CommandMessages.Parse(line))
            {
                case { Progress: { } report }:
                    progress?.Report(report);
                    break;
                case { Outcome: { } last }:
                    outcome = last;
                    break;
                default:
                    await Console.Error.WriteLineAsync(line);
                    break;
            }
        }

        return outcome;
    }

    private static async Task PassOnAsync(StreamReader log)
    {
        while (await log.ReadLineAsync() is { } line)
        {
            await Console.Error.WriteLineAsync(line);
        }
    }
}
