namespace DakarCafe.Engine.Dashboard;

/// <summary>
/// An admin's leave to run one function as another user from the dashboard's runner, made (and audited) by
/// <c>_dashboard:impersonate</c>: a live query as that user, or mutations and actions until it expires.
/// </summary>
/// <param name="Id">The grant's id, which the runner's calls name.</param>
/// <param name="AdminId">The admin it was given to; no one else may use it.</param>
/// <param name="UserId">The user acted as.</param>
/// <param name="Email">The user's email.</param>
/// <param name="Roles">The user's roles when the grant was made.</param>
/// <param name="Function">The one function it allows.</param>
/// <param name="CreatedAt">When it was made (UTC).</param>
/// <param name="ExpiresAt">When mutations and actions stop being allowed (UTC).</param>
public sealed record ImpersonationGrant(
    Guid Id, string AdminId, string UserId, string? Email, IReadOnlyList<string> Roles, string Function, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);
