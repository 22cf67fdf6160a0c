using DakarCafe.Engine.Backup;
using DakarCafe.Engine.Commands;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DakarCafe.Engine.Internal.Commands;

/// <summary>
/// Runs the command the CLI asked for inside the app's process: started first on 127.0.0.1 (a free port, so a server
/// already serving the deployment keeps its own) when the command needs it, then stopped; its progress and outcome go
/// to standard output as <see cref="CommandMessages"/> lines.
/// </summary>
internal static class CommandRunner
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    public static async Task<int> RunAsync(WebApplication app, CommandRequest request)
    {
        Quiet(app.Configuration);
        var commands = app.Services.GetServices<IDeploymentCommand>().ToList();
        if (commands.FirstOrDefault(c => c.Name == request.Name) is not { } command)
        {
            var known = string.Join(", ", commands.Select(c => c.Name).Order(StringComparer.Ordinal));
            return Report(DeploymentCommandOutcome.Failure($"This app has no \"{request.Name}\" command (it has: {known})."));
        }

        if (!command.StartsApp)
        {
            return Report(await command.RunAsync(Context(app, request), CancellationToken.None));
        }

        app.Urls.Clear();
        app.Urls.Add("http://127.0.0.1:0");
        await app.StartAsync();
        try
        {
            var ready = app.Services.GetRequiredService<EngineReadiness>().Serving.WaitAsync(StartTimeout);
            var stopping = Task.Delay(Timeout.Infinite, app.Lifetime.ApplicationStopping);
            if (await Task.WhenAny(ready, stopping) != ready || ready.IsFaulted)
            {
                // The app gave up starting (a schema this version does not expect, say); its log says why.
                return Report(DeploymentCommandOutcome.Failure("The app could not open the deployment; its log above says why."));
            }

            return Report(await command.RunAsync(Context(app, request), app.Lifetime.ApplicationStopping));
        }
        finally
        {
            await app.StopAsync();
        }
    }

    /// <summary>
    /// The app's log keeps to warnings and errors, on standard error: standard output carries the command's messages,
    /// and the operator reads the command's outcome, not "Application started". (Logging options follow configuration
    /// changes, so a source added now applies to the loggers already made.)
    /// </summary>
    private static void Quiet(IConfiguration configuration)
    {
        var levels = configuration.GetSection("Logging:LogLevel").GetChildren().ToDictionary(level => level.Path, _ => (string?)"Warning");
        levels["Logging:LogLevel:Default"] = "Warning";
        levels["Logging:Console:LogToStandardErrorThreshold"] = "Trace";
        ((IConfigurationBuilder)configuration).AddInMemoryCollection(levels);
    }

    private static DeploymentCommandContext Context(WebApplication app, CommandRequest request) =>
        new(app.Services, request.Arguments, new LineProgress());

    private static int Report(DeploymentCommandOutcome outcome)
    {
        Console.Out.WriteLine(CommandMessages.Line(new CommandMessage(Outcome: outcome)));
        return outcome.Succeeded ? 0 : 1;
    }

    /// <summary>Writes each report at once, in order, on its own line.</summary>
    private sealed class LineProgress : IProgress<ArchiveProgress>
    {
        public void Report(ArchiveProgress value) => Console.Out.WriteLine(CommandMessages.Line(new CommandMessage(Progress: value)));
    }
}
