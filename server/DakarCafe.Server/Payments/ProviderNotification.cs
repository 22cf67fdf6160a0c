namespace DakarCafe.Server.Payments;

/// <summary>The outcome a provider reported, once its origin is checked.</summary>
/// <param name="PaymentId">The attempt, when the provider echoes our reference.</param>
/// <param name="Reference">The provider's id of the checkout.</param>
/// <param name="NotificationToken">The per-checkout secret, for providers that identify the checkout by it.</param>
/// <param name="Succeeded">Paid, or failed.</param>
/// <param name="Amount">The amount paid (FCFA), when the provider says.</param>
/// <param name="TransactionId">The provider's transaction id.</param>
/// <param name="FailureReason">Why it failed.</param>
internal sealed record ProviderNotification(
    Guid? PaymentId, string? Reference, string? NotificationToken, bool Succeeded, long? Amount, string? TransactionId, string? FailureReason);
