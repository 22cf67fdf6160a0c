namespace DakarCafe.Engine.Commands;

/// <summary>
/// A command the <c>dakarcafe</c> CLI runs on a deployment of the app (export, import, seed, db-patch, ...), inside the
/// app's own server process, with the app's own services: so every app, not only the one the CLI was built with, can
/// be exported, restored, seeded or upgraded. The engine brings export, import, db-patch and db-apply; the auth
/// package brings <c>users create-admin</c>; an app adds its own (a <c>seed</c> of sample data, say) by registering
/// one in its services (<c>services.AddSingleton&lt;IDeploymentCommand, MySeed&gt;()</c>).
/// </summary>
public interface IDeploymentCommand
{
    /// <summary>Its name on the CLI's command line, such as <c>export</c> or <c>users create-admin</c>.</summary>
    string Name { get; }

    /// <summary>
    /// Whether the app is started first (its schema made or checked, its background services running, on a loopback
    /// port of its own); false for commands that must find the database as it is (<c>db-patch</c>, <c>db-apply</c>).
    /// </summary>
    bool StartsApp { get; }

    /// <summary>Runs the command; a refusal is an outcome (<see cref="DeploymentCommandOutcome.Failure"/>), not an exception.</summary>
    Task<DeploymentCommandOutcome> RunAsync(DeploymentCommandContext context, CancellationToken ct);
}
