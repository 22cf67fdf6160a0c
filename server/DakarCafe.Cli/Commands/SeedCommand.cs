using DakarCafe.Server.SampleData;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DakarCafe.Cli.Commands;

/// <summary><c>dakarcafe seed</c>: the sample catalog and accounts, loaded as the dev server loads them.</summary>
internal sealed class SeedCommand : AsyncCommand<DeploymentSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, DeploymentSettings settings, CancellationToken cancellation)
    {
        await using var shop = await ShopInstance.StartAsync(settings);
        if (shop is null)
        {
            return 1;
        }

        var loaded = await AnsiConsole.Status().StartAsync("Loading the sample data...",
            _ => ActivatorUtilities.CreateInstance<SampleDataLoader>(shop.Services).LoadAsync(cancellation));
        AnsiConsole.MarkupLine(loaded ? "[green]Sample data loaded.[/]" : "[yellow]The deployment already has products; nothing was loaded.[/]");
        return 0;
    }
}
