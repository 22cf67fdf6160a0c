namespace DakarCafe.Schema.Payments;

/// <summary>The arguments of <c>payments:refundPayment</c> (staff).</summary>
/// <param name="PaymentId">The paid attempt to refund.</param>
/// <param name="RefundedOutsideTheShop">
/// True to record a refund made by hand (cash given back, or from a provider's merchant portal) instead of asking the
/// provider; the only way for cash and Orange Money, whose APIs have no refunds.
/// </param>
public sealed record RefundPaymentArgs(Guid PaymentId, bool RefundedOutsideTheShop = false);
