namespace DakarCafe.Server.Payments;

/// <summary>What a provider needs to start a checkout.</summary>
/// <param name="PaymentId">The attempt: echoed back by the provider, and the idempotency key of the call.</param>
/// <param name="OrderNumber">Shown to the payer.</param>
/// <param name="Amount">Whole FCFA (XOF has no minor unit).</param>
/// <param name="PayerPhone">The payer's mobile as +221XXXXXXXXX, when given.</param>
/// <param name="ReturnUrl">Where the payer's browser goes once done.</param>
/// <param name="NotifyUrl">Where the provider posts the outcome, for providers that take it per checkout.</param>
internal sealed record PaymentRequest(Guid PaymentId, string OrderNumber, long Amount, string? PayerPhone, Uri ReturnUrl, Uri NotifyUrl);
