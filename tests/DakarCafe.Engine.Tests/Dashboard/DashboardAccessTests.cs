using System.Text.Json;
using DakarCafe.Engine.Functions;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace DakarCafe.Engine.Tests.Dashboard;

/// <summary>Every dashboard function is checked on the server: the UI hiding it is not the protection.</summary>
public sealed class DashboardAccessTests(PostgresServer postgres) : DashboardTest(postgres)
{
    [Fact]
    public async Task Every_dashboard_function_is_refused_to_anonymous_callers_and_to_callers_without_the_admin_role()
    {
        var registry = Host.Services.GetRequiredService<FunctionRegistry>();
        var dashboard = registry.Names.Where(n => n.StartsWith("_dashboard:", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        dashboard.Should().Contain(["_dashboard:tables", "_dashboard:documents", "_dashboard:updateDocument", "_dashboard:deleteDocument",
            "_dashboard:auditLog", "_dashboard:functions", "_dashboard:log", "_dashboard:jobs", "_dashboard:retryJob", "_dashboard:cancelJob"]);
        var anonymous = await ConnectAsync();
        var user = await UserAsync();
        var moderator = await SignedInAsync("mo", "moderator");

        foreach (var name in dashboard)
        {
            registry.TryGet(name, out var function).Should().BeTrue();
            var expected = function.Access == AccessRule.Internal ? ErrorCodes.UnknownFunction : null;
            (await anonymous.RefusalAsync(name, function.Kind)).Should().Be(expected ?? ErrorCodes.AuthRequired, name);
            (await user.RefusalAsync(name, function.Kind)).Should().Be(expected ?? ErrorCodes.Forbidden, name);
            (await moderator.RefusalAsync(name, function.Kind)).Should().Be(expected ?? ErrorCodes.Forbidden, name);
        }

        registry.PublicNames.Should().NotContain(n => n.StartsWith('_'), "the engine's functions are not part of the app's API");
        (await QueryAsync(await AdminAsync(), "tables", new { })).ValueKind.Should().Be(JsonValueKind.Array);
    }
}
