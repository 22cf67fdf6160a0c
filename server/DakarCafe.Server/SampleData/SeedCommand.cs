using DakarCafe.Engine.Commands;

namespace DakarCafe.Server.SampleData;

/// <summary><c>dakarcafe seed</c>: the sample catalog and accounts, loaded as the dev server loads them.</summary>
internal sealed class SeedCommand(SampleDataLoader loader) : IDeploymentCommand
{
    public string Name => "seed";

    public bool StartsApp => true;

    public async Task<DeploymentCommandOutcome> RunAsync(DeploymentCommandContext context, CancellationToken ct) =>
        DeploymentCommandOutcome.Success(await loader.LoadAsync(ct) ? "Sample data loaded." : "The deployment already has products; nothing was loaded.");
}
