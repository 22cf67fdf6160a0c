namespace DakarCafe.Server.Payments;

/// <summary>The arguments of the internal <c>payments:recordFailure</c>: a provider could not start a checkout.</summary>
internal sealed record RecordFailureArgs(Guid PaymentId, string Reason);
