using DakarCafe.Engine.Commands;

namespace DakarCafe.Server.SampleData;

/// <summary>
/// Registers the <c>seed</c> command (the CLI's <c>dakarcafe seed</c>), and the sample data loader on start when
/// <c>SampleData:Load</c> is true and the process serves (not when the CLI started it for a command).
/// </summary>
internal static class SampleDataModule
{
    public static void AddSampleData(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IDeploymentCommand, SeedCommand>();
        if (builder.Configuration.GetValue("SampleData:Load", defaultValue: false) && !builder.Configuration.IsDeploymentCommand())
        {
            builder.Services.AddHostedService(services => services.GetRequiredService<SampleDataLoader>());
        }

        builder.Services.AddSingleton<SampleDataLoader>();
    }
}
