using DakarCafe.Schema.Orders;

namespace DakarCafe.Schema.RecurringDeliveries;

/// <summary>Arguments of <c>recurringDeliveries:createRecurringDelivery</c>.</summary>
/// <param name="Name">The customer's name for it ("Café du bureau").</param>
/// <param name="PlanType">The plan, which sets the discount.</param>
/// <param name="Products">What each delivery brings: 1 to 20 products, 1 to 99 of each.</param>
/// <param name="Frequency">Weekly, every two weeks or monthly.</param>
/// <param name="FirstDelivery">When the first order is placed (UTC, in the future, within a year); later ones follow from it.</param>
/// <param name="DeliveryAddress">Where to deliver.</param>
/// <param name="PaymentMethod">How each order is paid.</param>
public sealed record CreateRecurringDeliveryArgs(
    string Name, PlanType PlanType, IReadOnlyList<RecurringDeliveryProduct> Products, DeliveryFrequency Frequency, DateTimeOffset FirstDelivery,
    DeliveryAddress DeliveryAddress, PaymentMethod PaymentMethod);
