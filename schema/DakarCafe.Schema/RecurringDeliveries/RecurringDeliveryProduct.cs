namespace DakarCafe.Schema.RecurringDeliveries;

/// <summary>A product of a recurring delivery.</summary>
/// <param name="ProductId">The product.</param>
/// <param name="Quantity">How many each time.</param>
public sealed record RecurringDeliveryProduct(Guid ProductId, int Quantity);
