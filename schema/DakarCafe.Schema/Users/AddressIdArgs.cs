namespace DakarCafe.Schema.Users;

/// <summary>Arguments of <c>users:removeAddress</c>.</summary>
/// <param name="AddressId">The address to remove.</param>
public sealed record AddressIdArgs(string AddressId);
