namespace DakarCafe.Schema.Users;

/// <summary>An address as the user types it.</summary>
/// <param name="Type">Home, work or other.</param>
/// <param name="Street">Street and number.</param>
/// <param name="City">City.</param>
/// <param name="Region">Region.</param>
/// <param name="PostalCode">Postal code.</param>
/// <param name="Country">Country.</param>
/// <param name="IsDefault">Make it the default address.</param>
public sealed record AddressInput(AddressType Type, string Street, string City, string Region, string? PostalCode = null, string Country = "Sénégal", bool IsDefault = false);
