namespace DakarCafe.Auth;

/// <summary>
/// What the dashboard shows of an account: an engine document kept beside each <see cref="Account"/> when
/// <see cref="AccountsDashboard.AddAccountsToDashboard"/> is on, so the list of users is live. It never holds the password.
/// </summary>
/// <param name="Id">The user's id.</param>
/// <param name="Email">The account's email.</param>
/// <param name="Role">Its role.</param>
/// <param name="IsActive">False when the account may no longer sign in.</param>
/// <param name="CreatedAt">When it was made (UTC).</param>
/// <param name="LastSignIn">When it last signed in (UTC), if it has.</param>
public sealed record AccountListing(Guid Id, string Email, string Role, bool IsActive, DateTimeOffset CreatedAt, DateTimeOffset? LastSignIn);
