namespace DakarCafe.Schema.Users;

/// <summary>A delivery address of a user.</summary>
/// <param name="Id">The address id, unique within the user.</param>
/// <param name="Type">Home, work or other.</param>
/// <param name="Street">Street and number.</param>
/// <param name="City">City, such as Dakar.</param>
/// <param name="Region">Region of Senegal, such as Dakar or Thiès.</param>
/// <param name="PostalCode">Postal code, when there is one.</param>
/// <param name="Country">Country, Senegal by default.</param>
/// <param name="IsDefault">True for the one default address.</param>
public sealed record Address(
    string Id,
    AddressType Type,
    string Street,
    string City,
    string Region,
    string? PostalCode,
    string Country,
    bool IsDefault);
