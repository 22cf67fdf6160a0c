using DakarCafe.Dashboard.Internal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DakarCafe.Dashboard;

/// <summary>Serves the dashboard's web app at <c>/dashboard/</c>; its functions are the engine's (<c>UseDashboard</c>) and its sign-in the app's token server.</summary>
public static class DashboardEndpoints
{
    /// <summary>The path the dashboard is served at.</summary>
    public const string Path = "/dashboard/";

    /// <summary>Maps <c>GET /dashboard/...</c> to the web app built into this package.</summary>
    public static IEndpointRouteBuilder MapDakarCafeDashboard(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var files = new DashboardFiles();
        endpoints.MapGet(Path + "{**file}", files.Serve);
        return endpoints;
    }
}
