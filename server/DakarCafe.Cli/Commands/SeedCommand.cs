using Spectre.Console.Cli;

namespace DakarCafe.Cli.Commands;

/// <summary><c>dakarcafe seed</c>: the app's sample data, by the <c>seed</c> command the app registers (the shop's loads its catalog and accounts).</summary>
internal sealed class SeedCommand : AsyncCommand<AppCommandSettings>
{
    public override Task<int> ExecuteAsync(CommandContext context, AppCommandSettings settings, CancellationToken cancellation) =>
        AppServerCommand.RunAsync(settings, "seed", [], showProgress: false, cancellation);
}
