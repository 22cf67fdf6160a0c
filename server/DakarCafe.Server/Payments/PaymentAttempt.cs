using DakarCafe.Schema.Orders;

namespace DakarCafe.Server.Payments;

/// <summary>The open attempt to pay an order, as <c>payments:startPayment</c> needs it.</summary>
internal sealed record PaymentAttempt(Guid PaymentId, PaymentMethod Method, long Amount, string OrderNumber, string? CheckoutUrl);
