using DakarCafe.Auth;
using DakarCafe.Engine;
using DakarCafe.Schema.Users;
using Marten;

namespace DakarCafe.Server.Users;

/// <summary>The accounts' run-once data migrations (see <see cref="EngineBuilder.DataMigration"/>).</summary>
internal static class AccountMigrations
{
    public const string CopyRoles = "2026-12-02-user-roles-from-accounts";

    public static void Register(EngineBuilder engine) => engine.DataMigration(CopyRoles, CopyRolesFromAccountsAsync);

    /// <summary>
    /// The account decides who may sign in and with which role; the user document that functions read and push only
    /// mirrors it. Versions before the role change kept both in step could leave a user document behind its account:
    /// each such document is brought level with its account.
    /// </summary>
    private static async Task CopyRolesFromAccountsAsync(IDocumentSession session, CancellationToken ct)
    {
        var accounts = (await session.Query<Account>().ToListAsync(ct)).ToDictionary(a => a.Id);
        foreach (var user in await session.Query<User>().ToListAsync(ct))
        {
            if (accounts.TryGetValue(user.Id, out var account)
                && Enum.TryParse<UserRole>(account.Role, ignoreCase: true, out var role)
                && (user.Role != role || user.IsActive != account.IsActive))
            {
                session.Store(user with { Role = role, IsActive = account.IsActive });
            }
        }
    }
}
