namespace DakarCafe.Schema.Users;

/// <summary>Arguments of <c>users:getUserProfile</c>.</summary>
/// <param name="UserId">The user whose profile to read: one's own, or anyone's for an admin.</param>
public sealed record GetUserProfileArgs(Guid UserId);

/// <summary>Arguments of <c>users:updateProfile</c>: the fields to change (null keeps one).</summary>
/// <param name="Name">The display name.</param>
/// <param name="Phone">The phone number.</param>
/// <param name="Avatar">A storage id of the avatar.</param>
public sealed record UpdateProfileArgs(string? Name = null, string? Phone = null, string? Avatar = null);

/// <summary>An address as the user types it.</summary>
/// <param name="Type">Home, work or other.</param>
/// <param name="Street">Street and number.</param>
/// <param name="City">City.</param>
/// <param name="Region">Region.</param>
/// <param name="PostalCode">Postal code.</param>
/// <param name="Country">Country.</param>
/// <param name="IsDefault">Make it the default address.</param>
public sealed record AddressInput(AddressType Type, string Street, string City, string Region, string? PostalCode = null, string Country = "Sénégal", bool IsDefault = false);

/// <summary>Arguments of <c>users:updateAddress</c>.</summary>
/// <param name="AddressId">The address to change.</param>
/// <param name="Address">Its new fields.</param>
public sealed record UpdateAddressArgs(string AddressId, AddressInput Address);

/// <summary>Arguments of <c>users:removeAddress</c>.</summary>
/// <param name="AddressId">The address to remove.</param>
public sealed record AddressIdArgs(string AddressId);

/// <summary>Arguments of <c>users:updatePreferences</c>.</summary>
/// <param name="Preferences">The new preferences.</param>
public sealed record UpdatePreferencesArgs(UserPreferences Preferences);
