namespace DakarCafe.Server.Auth;

/// <summary>
/// The credentials of a user, apart from the user document that functions read and push: nothing here ever
/// leaves the server. The id is the user's id.
/// </summary>
internal sealed record Account(Guid Id, string Email, string PasswordHash, string Role, bool IsActive, DateTimeOffset CreatedAt);
