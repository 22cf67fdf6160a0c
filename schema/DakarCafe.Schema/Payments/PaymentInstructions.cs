using DakarCafe.Schema.Orders;

namespace DakarCafe.Schema.Payments;

/// <summary>How the payer approves a payment: open the provider's page or app at <see cref="CheckoutUrl"/>, or follow the message.</summary>
/// <param name="PaymentId">The payment attempt.</param>
/// <param name="Method">The payment method.</param>
/// <param name="Amount">The amount to approve (FCFA).</param>
/// <param name="CheckoutUrl">The provider's page or app link; null for cash on delivery.</param>
/// <param name="Message">What to do, in a sentence, such as "Approve 21442 FCFA in the Wave app".</param>
public sealed record PaymentInstructions(Guid PaymentId, PaymentMethod Method, long Amount, string? CheckoutUrl, string Message);
