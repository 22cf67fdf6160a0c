namespace DakarCafe.Schema.Users;

/// <summary>Arguments of <c>users:updateProfile</c>: the fields to change (null keeps one).</summary>
/// <param name="Name">The display name.</param>
/// <param name="Phone">The phone number.</param>
/// <param name="Avatar">A storage id of the avatar.</param>
public sealed record UpdateProfileArgs(string? Name = null, string? Phone = null, string? Avatar = null);
