using System.Text.Json;
using DakarCafe.Client;
using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Tests.Scheduling;
using DakarCafe.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace DakarCafe.Engine.Tests.Dashboard;

/// <summary>
/// An engine test with the dashboard on, on a fake clock, with tokens of the tests' own making: <see cref="AdminAsync"/>
/// connects as the admin "ada", <see cref="UserAsync"/> as the user "bob".
/// </summary>
public abstract class DashboardTest(PostgresServer postgres) : ClockedEngineTest(postgres)
{
    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.AddSingleton<ICallerAuthenticator>(new PlainTokenAuthenticator());
    }

    protected override void Configure(EngineBuilder engine)
    {
        base.Configure(engine);
        engine.UseDashboard(dashboard => (dashboard.LogFlushInterval, dashboard.MetricsInterval) = (TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(250)));
        engine.Limits.MaxJobAttempts = 1;
    }

    protected Task<DakarCafeClient> AdminAsync() => SignedInAsync("ada", "admin");

    protected Task<DakarCafeClient> UserAsync() => SignedInAsync("bob", "user");

    protected async Task<DakarCafeClient> SignedInAsync(string user, string role)
    {
        var client = await ConnectAsync();
        await client.AuthenticateAsync(PlainTokenAuthenticator.Token(user, role, Clock.GetUtcNow().AddDays(30)), Within());
        return client;
    }

    protected static Task<JsonElement> QueryAsync(DakarCafeClient client, string function, object args) =>
        client.QueryAsync<JsonElement>("_dashboard:" + function, args, Within());

    protected static Task<JsonElement> MutateAsync(DakarCafeClient client, string function, object args) =>
        client.MutateAsync<JsonElement>("_dashboard:" + function, args, Within());
}
