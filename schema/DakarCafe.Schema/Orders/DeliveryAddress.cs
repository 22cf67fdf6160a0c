namespace DakarCafe.Schema.Orders;

/// <summary>Where an order or a recurring delivery goes.</summary>
/// <param name="Street">Street and number.</param>
/// <param name="City">City.</param>
/// <param name="Region">Region of Senegal (shipping depends on it).</param>
/// <param name="PostalCode">Postal code.</param>
/// <param name="Country">Country.</param>
/// <param name="Phone">A phone number for the courier.</param>
/// <param name="Instructions">Directions for the courier.</param>
public sealed record DeliveryAddress(string Street, string City, string Region, string? PostalCode, string Country, string Phone, string? Instructions = null);
