using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Internal.Dashboard;

namespace DakarCafe.Auth.Internal;

/// <summary>An account as its tokens would present it, for the dashboard's runner acting as that user.</summary>
internal sealed class AccountIdentities(AccountStore accounts) : IDashboardUsers
{
    public async Task<CallerIdentity?> FindAsync(string userId, CancellationToken ct) =>
        Guid.TryParse(userId, out var id) && await accounts.FindAsync(id, ct) is { IsActive: true } account
            ? new CallerIdentity(account.Id.ToString(), account.Email, new HashSet<string>(StringComparer.Ordinal) { account.Role })
            : null;
}
