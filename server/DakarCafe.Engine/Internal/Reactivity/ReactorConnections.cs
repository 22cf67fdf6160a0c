using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DakarCafe.Engine.Internal.Reactivity;

/// <summary>
/// The reactor's own connection pool (a cycle, its snapshot workers, the <c>LISTEN</c> connection and the durability
/// flush), apart from the pool mutations and queries draw from, so no load of theirs can keep the reactor from
/// publishing commits.
/// </summary>
internal static class ReactorConnections
{
    /// <summary>The service key of the reactor's <see cref="NpgsqlDataSource"/>.</summary>
    public const string Key = "dakarcafe-reactor";

    public static void Add(IServiceCollection services, string connectionString) => services.AddNpgsqlDataSource(
        new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = Reactor.MaxWorkers + 4, ApplicationName = "dakarcafe-reactor" }.ConnectionString,
        serviceKey: Key);
}
