using DakarCafe.Engine.Functions;
using DakarCafe.Schema.Notifications;
using DakarCafe.Schema.Users;
using DakarCafe.Server.Orders;

namespace DakarCafe.Server.Notifications;

/// <summary>
/// Raises a notification inside the mutation that causes it: the notification (the outbox entry) and one scheduled
/// delivery job per channel the customer chose and can be reached on (SMS needs a Senegalese mobile number, push a
/// registered device) are written in that mutation's transaction, so
/// they exist exactly when what they announce does.
/// </summary>
internal static class Notifier
{
    public const string DeliverFunction = "notifications:deliver";

    public static async Task NotifyAsync(MutationContext ctx, Guid userId, Func<Language, NotificationMessage> compose, CancellationToken ct)
    {
        if (await ctx.LoadAsync<User>(userId, ct) is not { IsActive: true } user)
        {
            return;
        }

        var message = compose(user.Preferences.Language);
        var wanted = user.Preferences.Notifications;
        var channels = new List<NotificationChannel>();
        if (wanted.Email)
        {
            channels.Add(NotificationChannel.Email);
        }

        if (wanted.Push && await ctx.LoadAsync<PushDevices>(userId, ct) is { Tokens.Count: > 0 })
        {
            channels.Add(NotificationChannel.Push);
        }

        if (wanted.Sms && SenegalPhoneNumbers.Normalize(user.Phone) is { } phone && SenegalPhoneNumbers.IsMobile(phone))
        {
            channels.Add(NotificationChannel.Sms);
        }

        var notification = new Notification(Guid.CreateVersion7(), userId, message.Kind, message.Title, message.Body, message.OrderId, ctx.Time.GetUtcNow(),
            ReadAt: null, [.. channels.Select(c => new NotificationDelivery(c, DeliveryStatus.Pending, 0, null, null))]);
        ctx.Store(notification);
        foreach (var channel in channels)
        {
            ctx.Scheduler.RunAfter(TimeSpan.Zero, DeliverFunction, new DeliverNotificationArgs(notification.Id, channel));
        }
    }
}
