namespace DakarCafe.Auth;

/// <summary>
/// What happened to an account, handed to the app's <see cref="AuthFunctions.AccountChanged"/> mutation so the app
/// keeps its own user document (profile, role, last sign-in) in step through the engine: in the commit log, pushed
/// to subscribers, under an access rule. Applying the same change twice must leave the same document.
/// </summary>
/// <param name="UserId">The account's id, the subject of its tokens.</param>
/// <param name="Email">The normalised (lower-case) email.</param>
/// <param name="Name">The name given at sign-up; null for other changes.</param>
/// <param name="Role">The account's role.</param>
/// <param name="IsActive">False when the account may no longer sign in.</param>
/// <param name="Kind">Created, signed in, or role changed.</param>
/// <param name="At">When (UTC).</param>
public sealed record AccountChange(Guid UserId, string Email, string? Name, string Role, bool IsActive, AccountChangeKind Kind, DateTimeOffset At);

/// <summary>What happened to an account.</summary>
public enum AccountChangeKind
{
    /// <summary>The account was made (sign-up, an external provider's first sign-in, the CLI).</summary>
    Created,

    /// <summary>The account signed in with its password or a provider.</summary>
    SignedIn,

    /// <summary>The account was given another role.</summary>
    RoleChanged,

    /// <summary>An admin deactivated the account (its sessions ended) or made it active again.</summary>
    ActiveChanged,
}
