namespace DakarCafe.Server.Payments;

/// <summary>The arguments of the internal <c>payments:recordCheckout</c>: the checkout a provider opened for an attempt.</summary>
internal sealed record RecordCheckoutArgs(Guid PaymentId, string Reference, string? CheckoutUrl, string? NotificationToken);
