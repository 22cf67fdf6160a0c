using DakarCafe.Schema.Orders;

namespace DakarCafe.Schema.Payments;

/// <summary>A payment attempt for an order.</summary>
/// <param name="Id">The payment id.</param>
/// <param name="OrderId">The order.</param>
/// <param name="UserId">The payer.</param>
/// <param name="Method">How it is paid.</param>
/// <param name="Amount">The amount (FCFA).</param>
/// <param name="Status">Where it is.</param>
/// <param name="ProviderReference">The payment provider's reference.</param>
/// <param name="FailureReason">Why it failed.</param>
/// <param name="CreatedAt">When started (UTC).</param>
/// <param name="UpdatedAt">When last changed (UTC).</param>
public sealed record Payment(
    Guid Id, Guid OrderId, Guid UserId, PaymentMethod Method, long Amount, PaymentStatus Status, string? ProviderReference, string? FailureReason,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
