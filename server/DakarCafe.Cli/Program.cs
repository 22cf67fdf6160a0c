using System.Runtime.InteropServices;
using DakarCafe.Cli.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

// Ctrl-C (SIGINT) and SIGTERM cancel the running command, which then stops what it started (servers, databases);
// a second one ends the process at once.
using var stopping = new CancellationTokenSource();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

// Written to a file or a pipe, a line stays one line (a terminal's width does not apply).
if (Console.IsOutputRedirected)
{
    AnsiConsole.Profile.Width = 4096;
}

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("dakarcafe");
    config.AddCommand<DevCommand>("dev").WithDescription("Start the server with its embedded PostgreSQL and sample data, restarting it when the code changes.");
    config.AddCommand<CodegenCommand>("codegen").WithDescription("Write the app's TypeScript api object, types and error codes into its generated folder (dakarcafe.json; --check only compares).");
    config.AddCommand<ExportCommand>("export").WithDescription("Write a full, consistent export of a deployment (documents, event streams, files) to one archive.");
    config.AddCommand<ImportCommand>("import").WithDescription("Restore an export into an empty deployment (or, with --replace, over one).");
    config.AddCommand<DbPatchCommand>("db-patch").WithDescription("Write the SQL a deployment's database lacks for this version to FILE, to review (production schemas change only this way).");
    config.AddCommand<DbApplyCommand>("db-apply").WithDescription("Apply a reviewed db-patch script in one transaction and record it (refused if written for another state).");
    config.AddCommand<PostgresCommand>("postgres").WithDescription("Run the deployment's embedded PostgreSQL alone until Ctrl-C, for several server nodes to share (prints its connection string).");
    config.AddCommand<SeedCommand>("seed").WithDescription("Load the app's sample data (the seed command its server registers) into a deployment.");
    config.AddBranch("users", users =>
    {
        users.SetDescription("Manage accounts.");
        users.AddCommand<CreateAdminCommand>("create-admin").WithDescription("Create an account with the admin role (or make an existing one admin).");
    });
});
return await app.RunAsync(args, stopping.Token);

void Stop(PosixSignalContext signal)
{
    signal.Cancel = !stopping.IsCancellationRequested;
    stopping.Cancel();
}
