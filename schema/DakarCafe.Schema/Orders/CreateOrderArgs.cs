namespace DakarCafe.Schema.Orders;

/// <summary>The arguments of <c>orders:createOrder</c>.</summary>
/// <param name="DeliveryAddress">Where to deliver, with a Senegalese phone number for the courier.</param>
/// <param name="PaymentMethod">How the customer pays.</param>
/// <param name="Items">What to order; when omitted, everything in the caller's cart.</param>
/// <param name="Notes">A note for the shop.</param>
public sealed record CreateOrderArgs(DeliveryAddress DeliveryAddress, PaymentMethod PaymentMethod, IReadOnlyList<OrderItemInput>? Items = null, string? Notes = null);
