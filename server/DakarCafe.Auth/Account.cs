namespace DakarCafe.Auth;

/// <summary>
/// The credentials of a user, apart from the user document that functions read and push: nothing here ever
/// leaves the server. The id is the user's id. Stored as a Marten document outside the engine's commit log.
/// </summary>
/// <param name="Id">The user's id, the subject of their tokens.</param>
/// <param name="Email">The normalised (lower-case) email, unique.</param>
/// <param name="PasswordHash">ASP.NET Core Identity's hash of the password.</param>
/// <param name="Role">One of <see cref="AuthOptions.Roles"/>.</param>
/// <param name="IsActive">False when the account may no longer sign in.</param>
/// <param name="CreatedAt">When it was made (UTC).</param>
public sealed record Account(Guid Id, string Email, string PasswordHash, string Role, bool IsActive, DateTimeOffset CreatedAt);
