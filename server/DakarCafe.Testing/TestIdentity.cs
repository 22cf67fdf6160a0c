using DakarCafe.Testing.Internal;

namespace DakarCafe.Testing;

/// <summary>Who a test client is: the identity its functions see as <c>ctx.Identity</c>, with no sign-in.</summary>
/// <param name="UserId">The user's id (the token subject).</param>
/// <param name="Email">The user's email, when the functions read it.</param>
/// <param name="Roles">The user's roles (user, admin, ...).</param>
public sealed record TestIdentity(string UserId, string? Email, IReadOnlyList<string> Roles)
{
    /// <summary>A signed-in user with the roles given.</summary>
    public static TestIdentity User(string userId, params string[] roles) => new(userId, $"{userId}@example.test", roles.Length == 0 ? ["user"] : roles);

    /// <summary>The bearer token that makes a call to the test app (a live connection, an HTTP endpoint of the app's) come from this identity.</summary>
    public string AccessToken => TestIdentityTokens.Create(this);

    /// <summary>A signed-in user with the <c>admin</c> role.</summary>
    public static TestIdentity Admin(string userId) => User(userId, "admin");
}
