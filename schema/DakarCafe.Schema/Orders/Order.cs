namespace DakarCafe.Schema.Orders;

/// <summary>An order as shoppers and staff read it: the seed's <c>orders</c> table, projected from the order's event stream.</summary>
/// <param name="Id">The order id (its stream id).</param>
/// <param name="UserId">The customer.</param>
/// <param name="OrderNumber">Human-readable and unique, such as DCE-2026-000123.</param>
/// <param name="Items">What was ordered, at the prices of the moment.</param>
/// <param name="Subtotal">Sum of the line totals (FCFA).</param>
/// <param name="Shipping">Delivery cost (FCFA).</param>
/// <param name="Tax">VAT (FCFA).</param>
/// <param name="Discount">Discount (FCFA).</param>
/// <param name="Total">What the customer pays (FCFA).</param>
/// <param name="Currency">Always FCFA.</param>
/// <param name="Status">Where the order is in its life.</param>
/// <param name="PaymentStatus">Where its payment is.</param>
/// <param name="PaymentMethod">How the customer pays.</param>
/// <param name="DeliveryAddress">Where to deliver.</param>
/// <param name="Tracking">Carrier, tracking number and updates.</param>
/// <param name="Notes">Notes from the customer or staff.</param>
/// <param name="CreatedAt">When placed (UTC).</param>
/// <param name="UpdatedAt">When last changed (UTC).</param>
public sealed record Order(
    Guid Id, Guid UserId, string OrderNumber, IReadOnlyList<OrderItem> Items, long Subtotal, long Shipping, long Tax, long Discount, long Total,
    string Currency, OrderStatus Status, PaymentStatus PaymentStatus, PaymentMethod PaymentMethod, DeliveryAddress DeliveryAddress,
    OrderTracking Tracking, string? Notes, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
