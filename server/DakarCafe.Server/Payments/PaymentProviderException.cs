namespace DakarCafe.Server.Payments;

/// <summary>A provider could not start a checkout: it answered an error, or nothing usable, after the retries.</summary>
internal sealed class PaymentProviderException(string message) : Exception(message);
