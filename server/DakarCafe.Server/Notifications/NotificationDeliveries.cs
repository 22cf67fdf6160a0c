using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Limits;
using DakarCafe.Schema.Notifications;
using DakarCafe.Schema.Users;
using DakarCafe.Server.Notifications.Channels;
using DakarCafe.Server.Orders;

namespace DakarCafe.Server.Notifications;

/// <summary>
/// The outbox worker: <c>notifications:deliver</c>, a scheduled action, sends one channel's delivery and records the
/// outcome. If its node dies between the send and the record, the job's lease runs out and another node runs it
/// again: it finds the delivery still pending and sends it again with the same idempotency key, which the provider
/// drops as a repeat. A failed send is recorded and thrown, so the scheduler retries it with backoff until the
/// attempts run out.
/// </summary>
internal static class NotificationDeliveries
{
    public static async Task<bool> DeliverAsync(ActionContext ctx, DeliverNotificationArgs args, CancellationToken ct)
    {
        var target = await ctx.RunQueryAsync<DeliveryTarget?>("notifications:deliveryTarget", args, ct);
        if (target is null)
        {
            return false;
        }

        var maxAttempts = ctx.Services.GetRequiredService<EngineLimits>().MaxJobAttempts;
        var channel = ctx.Services.GetServices<INotificationChannel>().FirstOrDefault(c => c.Channel == args.Channel);
        if (channel is null)
        {
            return await RecordAsync(ctx, args, $"{args.Channel} notifications are not set up on this server.", maxAttempts: 1, ct);
        }

        try
        {
            await channel.SendAsync(target, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            var reason = e is NotificationSendException ? e.Message : "The provider could not be reached.";
            if (!await RecordAsync(ctx, args, reason, maxAttempts, ct))
            {
                throw;
            }

            return false;
        }

        return await RecordAsync(ctx, args, error: null, maxAttempts, ct);
    }

    /// <summary>The delivery's message and recipient while it is pending; null once it was sent or given up.</summary>
    public static async Task<DeliveryTarget?> TargetAsync(QueryContext ctx, DeliverNotificationArgs args, CancellationToken ct)
    {
        var notification = await ctx.LoadAsync<Notification>(args.NotificationId, ct);
        if (notification?.Deliveries.FirstOrDefault(d => d.Channel == args.Channel) is not { Status: DeliveryStatus.Pending })
        {
            return null;
        }

        var user = await ctx.LoadAsync<User>(notification.UserId, ct);
        var devices = await ctx.LoadAsync<PushDevices>(notification.UserId, ct);
        return user is null ? null : new DeliveryTarget(notification.Id, args.Channel, DeliveryTarget.KeyOf(notification.Id, args.Channel),
            notification.Title, notification.Body, notification.OrderId, user.Email, SenegalPhoneNumbers.Normalize(user.Phone), devices?.Tokens ?? []);
    }

    /// <summary>Records an attempt; true when the delivery is settled (sent, or failed for good).</summary>
    public static async Task<bool> RecordAttemptAsync(MutationContext ctx, DeliveryAttempt attempt, CancellationToken ct)
    {
        var notification = await ctx.LoadAsync<Notification>(attempt.NotificationId, ct);
        var delivery = notification?.Deliveries.FirstOrDefault(d => d.Channel == attempt.Channel);
        if (notification is null || delivery is not { Status: DeliveryStatus.Pending })
        {
            return true;
        }

        var attempts = delivery.Attempts + 1;
        var now = ctx.Time.GetUtcNow();
        var recorded = attempt.Error is null
            ? delivery with { Status = DeliveryStatus.Sent, Attempts = attempts, LastError = null, SentAt = now }
            : delivery with { Status = attempts >= attempt.MaxAttempts ? DeliveryStatus.Failed : DeliveryStatus.Pending, Attempts = attempts, LastError = attempt.Error };
        ctx.Store(notification with { Deliveries = [.. notification.Deliveries.Select(d => d.Channel == attempt.Channel ? recorded : d)] });
        return recorded.Status != DeliveryStatus.Pending;
    }

    private static Task<bool> RecordAsync(ActionContext ctx, DeliverNotificationArgs args, string? error, int maxAttempts, CancellationToken ct) =>
        ctx.RunMutationAsync<bool>("notifications:recordAttempt", new DeliveryAttempt(args.NotificationId, args.Channel, error, maxAttempts), ct);
}
