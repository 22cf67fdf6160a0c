namespace DakarCafe.Schema.Payments;

/// <summary>The arguments of <c>payments:startPayment</c>.</summary>
/// <param name="OrderId">The order to pay, one of the caller's, paid by mobile money or card.</param>
/// <param name="PayerPhone">The mobile number that will approve the payment (Wave restricts the checkout to it); a Senegalese mobile.</param>
public sealed record StartPaymentArgs(Guid OrderId, string? PayerPhone = null);
