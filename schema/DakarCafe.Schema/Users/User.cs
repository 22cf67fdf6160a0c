namespace DakarCafe.Schema.Users;

/// <summary>A shopper, staff member or admin: the seed's <c>users</c> table. Created at sign-up; credentials live elsewhere.</summary>
/// <param name="Id">The user id, also the subject of the user's tokens.</param>
/// <param name="Email">The normalised (lower-case) email.</param>
/// <param name="Name">The display name.</param>
/// <param name="Phone">A phone number, such as +221 77 000 00 00.</param>
/// <param name="Avatar">A storage id of the avatar image.</param>
/// <param name="Addresses">Delivery addresses; exactly one is the default when there are any.</param>
/// <param name="Preferences">Language, currency, notifications and delivery preferences.</param>
/// <param name="Role">user, admin or moderator.</param>
/// <param name="IsActive">False when the account is closed; a closed account cannot sign in.</param>
/// <param name="LastLogin">When the user last signed in (UTC).</param>
/// <param name="CreatedAt">When the account was created (UTC).</param>
/// <param name="UpdatedAt">When the profile last changed (UTC).</param>
public sealed record User(
    Guid Id,
    string Email,
    string Name,
    string? Phone,
    string? Avatar,
    IReadOnlyList<Address> Addresses,
    UserPreferences Preferences,
    UserRole Role,
    bool IsActive,
    DateTimeOffset? LastLogin,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
