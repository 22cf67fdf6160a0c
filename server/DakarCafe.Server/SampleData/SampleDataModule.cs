namespace DakarCafe.Server.SampleData;

/// <summary>Registers the sample data loader when <c>SampleData:Load</c> is true.</summary>
internal static class SampleDataModule
{
    public static void AddSampleData(this WebApplicationBuilder builder)
    {
        if (builder.Configuration.GetValue("SampleData:Load", defaultValue: false))
        {
            builder.Services.AddHostedService<SampleDataLoader>();
        }
    }
}
