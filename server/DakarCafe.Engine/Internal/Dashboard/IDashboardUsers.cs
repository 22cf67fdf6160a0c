using DakarCafe.Engine.Functions;

namespace DakarCafe.Engine.Internal.Dashboard;

/// <summary>Who a user is, for running a function as them from the dashboard (the accounts' package provides it).</summary>
internal interface IDashboardUsers
{
    /// <summary>The identity of the active account with this id, or null.</summary>
    Task<CallerIdentity?> FindAsync(string userId, CancellationToken ct);
}
