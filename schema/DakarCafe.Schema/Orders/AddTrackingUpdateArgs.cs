namespace DakarCafe.Schema.Orders;

/// <summary>The arguments of <c>orders:addTrackingUpdate</c> (staff): news of a shipped order.</summary>
/// <param name="OrderId">The order.</param>
/// <param name="Message">What happened, such as "Arrived at the Thiès depot".</param>
/// <param name="Location">Where.</param>
public sealed record AddTrackingUpdateArgs(Guid OrderId, string Message, string? Location = null);
