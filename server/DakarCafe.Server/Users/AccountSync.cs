using DakarCafe.Auth;
using DakarCafe.Engine.Functions;
using DakarCafe.Schema.Users;

namespace DakarCafe.Server.Users;

/// <summary>
/// The user document follows its account (the token server's <see cref="AuthFunctions.AccountChanged"/>): made at
/// sign-up, its role and state mirrored, its last sign-in stamped; through the engine, so profiles on screen move.
/// </summary>
internal static class AccountSync
{
    public static async Task ApplyAsync(MutationContext ctx, AccountChange change, CancellationToken ct)
    {
        var role = Enum.TryParse<UserRole>(change.Role, ignoreCase: true, out var parsed)
            ? parsed
            : throw new InvalidOperationException($"The account role '{change.Role}' is not a shop role.");
        var lastLogin = change.Kind == AccountChangeKind.SignedIn ? change.At : (DateTimeOffset?)null;
        var user = await ctx.LoadAsync<User>(change.UserId, ct);
        var next = user is null
            ? new User(change.UserId, change.Email, change.Name ?? change.Email, null, null, [], UserPreferences.Default, role, change.IsActive,
                lastLogin, change.At, change.At)
            : user with { Email = change.Email, Role = role, IsActive = change.IsActive, LastLogin = lastLogin ?? user.LastLogin };
        if (next != user)
        {
            ctx.Store(next);
        }
    }
}
