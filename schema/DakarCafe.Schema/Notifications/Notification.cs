namespace DakarCafe.Schema.Notifications;

/// <summary>
/// Something the shop told a customer (their order shipped, say), in their language: kept for the app's inbox and,
/// as an outbox, for its delivery by email, push and SMS as their preferences were when it was raised.
/// </summary>
/// <param name="Id">The notification id.</param>
/// <param name="UserId">The customer.</param>
/// <param name="Kind">A stable key for the apps (<c>orderShipped</c>, <c>deliverySkipped</c>, ...).</param>
/// <param name="Title">A short title.</param>
/// <param name="Body">The message.</param>
/// <param name="OrderId">The order it is about, if any.</param>
/// <param name="CreatedAt">When raised (UTC).</param>
/// <param name="ReadAt">When the customer read it in the app (UTC).</param>
/// <param name="Deliveries">One per channel it goes out on.</param>
public sealed record Notification(
    Guid Id, Guid UserId, string Kind, string Title, string Body, Guid? OrderId, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt,
    IReadOnlyList<NotificationDelivery> Deliveries);
