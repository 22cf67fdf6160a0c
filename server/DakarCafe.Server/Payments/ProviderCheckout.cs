namespace DakarCafe.Server.Payments;

/// <summary>A checkout the provider opened.</summary>
/// <param name="Reference">The provider's id of it.</param>
/// <param name="CheckoutUrl">Where the payer approves it; null when there is nothing to open (cash).</param>
/// <param name="NotificationToken">The secret the provider's notifications will carry, for providers that do not sign them.</param>
internal sealed record ProviderCheckout(string Reference, string? CheckoutUrl, string? NotificationToken = null);
