using DakarCafe.Auth.Internal;
using DakarCafe.Engine;

namespace DakarCafe.Auth;

/// <summary>The accounts' part of the engine's dashboard.</summary>
public static class AccountsDashboard
{
    /// <summary>
    /// Adds the dashboard's users view (with <see cref="EngineBuilder.UseDashboard"/>): a live list of the accounts
    /// (<see cref="AccountListing"/>), searchable by email, and, for admins, giving a role and deactivating or
    /// reactivating an account; each change is audited, and a deactivated or demoted account's sessions end at once.
    /// </summary>
    public static EngineBuilder AddAccountsToDashboard(this EngineBuilder engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        if (engine.Dashboard is null)
        {
            throw new InvalidOperationException("Turn the dashboard on (engine.UseDashboard()) before adding the accounts to it.");
        }

        engine.Document<AccountListing>(listing => listing.Index(a => a.Email));
        AccountsView.Register(engine.Functions);
        return engine;
    }
}
