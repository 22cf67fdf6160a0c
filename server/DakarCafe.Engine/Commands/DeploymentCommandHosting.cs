using DakarCafe.Engine.Internal.Commands;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace DakarCafe.Engine.Commands;

/// <summary>How an app's <c>Program</c> serves, or runs the deployment command the <c>dakarcafe</c> CLI started it for.</summary>
public static class DeploymentCommandHosting
{
    /// <summary>
    /// Runs the app until it is stopped, as <c>app.RunAsync()</c> does; but when the <c>dakarcafe</c> CLI started the
    /// process for a deployment command (export, import, seed, ...), runs that command on the app's services instead,
    /// on a loopback port of its own, then stops and sets the process's exit code (0 when it succeeded).
    /// </summary>
    public static async Task RunDakarCafeAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (CommandRequest.Read(app.Configuration) is { } request)
        {
            Environment.ExitCode = await CommandRunner.RunAsync(app, request);
            return;
        }

        await app.RunAsync();
    }

    /// <summary>
    /// Whether the process was started for a deployment command rather than to serve: background work an app starts by
    /// itself (loading sample data on start, say) is left out then.
    /// </summary>
    public static bool IsDeploymentCommand(this IConfiguration configuration) => CommandRequest.Read(configuration) is not null;
}
