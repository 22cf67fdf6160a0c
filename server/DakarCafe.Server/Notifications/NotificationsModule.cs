using DakarCafe.Engine;
using DakarCafe.Engine.Functions;
using DakarCafe.Schema;
using DakarCafe.Schema.Notifications;
using DakarCafe.Server.Notifications.Channels;
using DakarCafe.Server.Orange;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DakarCafe.Server.Notifications;

/// <summary>
/// Notifications: raised by the shop's mutations (order and delivery events) into an outbox of notification documents,
/// delivered by scheduled jobs over email (SMTP), push (Expo) and SMS (Orange) per the customer's preferences, each
/// send idempotent under retries and crashes; and the customer's live inbox.
/// </summary>
internal static class NotificationsModule
{
    public static void AddShopNotifications(this WebApplicationBuilder builder)
    {
        var settings = NotificationSettings.From(builder.Configuration);
        var services = builder.Services;
        services.AddSingleton(settings);
        services.TryAddSingleton<OrangeAccessTokens>();
        if (settings.Smtp is not null)
        {
            services.AddSingleton<INotificationChannel, EmailChannel>();
        }

        AddHttpChannel<PushChannel>(services, PushChannel.ClientName, settings.Push?.BaseUrl, settings);
        AddHttpChannel<SmsChannel>(services, SmsChannel.ClientName, settings.Sms?.BaseUrl, settings);
    }

    public static void Register(EngineBuilder engine)
    {
        engine.Document<Notification>(notification => notification.Index(n => n.UserId).Index(n => n.CreatedAt)).Document<PushDevices>();
        var f = engine.Functions;
        f.Query(Api.Notifications.GetMyNotifications, AccessRule.Authenticated, NotificationInbox.GetMineAsync);
        f.Mutation(Api.Notifications.MarkRead, AccessRule.Authenticated, NotificationInbox.MarkReadAsync);
        f.Mutation(Api.Notifications.MarkAllRead, AccessRule.Authenticated, NotificationInbox.MarkAllReadAsync);
        f.Mutation(Api.Notifications.RegisterPushToken, AccessRule.Authenticated, NotificationInbox.RegisterPushTokenAsync);
        f.Action<DeliverNotificationArgs, bool>(Notifier.DeliverFunction, AccessRule.Internal, NotificationDeliveries.DeliverAsync);
        f.Query<DeliverNotificationArgs, DeliveryTarget?>("notifications:deliveryTarget", AccessRule.Internal, NotificationDeliveries.TargetAsync);
        f.Mutation<DeliveryAttempt, bool>("notifications:recordAttempt", AccessRule.Internal, NotificationDeliveries.RecordAttemptAsync);
    }

    private static void AddHttpChannel<TChannel>(IServiceCollection services, string name, Uri? baseUrl, NotificationSettings settings)
        where TChannel : class, INotificationChannel
    {
        if (baseUrl is null)
        {
            return;
        }

        services.AddSingleton<INotificationChannel, TChannel>();
        services.AddHttpClient(name, client => client.BaseAddress = baseUrl).AddStandardResilienceHandler(options =>
        {
            options.Retry.MaxRetryAttempts = 2;
            options.AttemptTimeout.Timeout = settings.AttemptTimeout;
            options.TotalRequestTimeout.Timeout = settings.AttemptTimeout * 3 + TimeSpan.FromSeconds(5);
            options.CircuitBreaker.SamplingDuration = settings.AttemptTimeout * 2 + TimeSpan.FromSeconds(1);
        });
    }
}
