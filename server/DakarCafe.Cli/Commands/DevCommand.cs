using System.ComponentModel;
using Spectre.Console.Cli;

namespace DakarCafe.Cli.Commands;

/// <summary><c>dakarcafe dev</c>: the server with its embedded PostgreSQL and sample data, rebuilt and restarted when the code changes.</summary>
internal sealed class DevCommand : AsyncCommand<DevCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--urls <URLS>")]
        [Description("Where the server listens. Default: http://127.0.0.1:5080.")]
        public string Urls { get; init; } = "http://127.0.0.1:5080";
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellation) =>
        Repository.DotnetAsync(["watch", "--project", "server/DakarCafe.Server", "run", "--", "--urls", settings.Urls],
            new Dictionary<string, string> { ["SampleData__Load"] = "true" }, cancellation);
}
