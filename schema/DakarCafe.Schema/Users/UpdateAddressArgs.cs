namespace DakarCafe.Schema.Users;

/// <summary>Arguments of <c>users:updateAddress</c>.</summary>
/// <param name="AddressId">The address to change.</param>
/// <param name="Address">Its new fields.</param>
public sealed record UpdateAddressArgs(string AddressId, AddressInput Address);
