using DakarCafe.Client;
using DakarCafe.Fixtures;
using DakarCafe.Schema;
using DakarCafe.Schema.Notifications;
using DakarCafe.Schema.Orders;
using DakarCafe.Schema.Users;
using DakarCafe.Server.Tests.Orders;

namespace DakarCafe.Server.Tests.Notifications;

/// <summary>A shop whose notifications go to a loopback mail server and loopback push and SMS providers, with retries a few hundred milliseconds apart.</summary>
public abstract class NotificationTest(PostgresServer postgres) : ShopTest(postgres)
{
    protected SmtpSandbox Mail { get; private set; } = null!;

    protected MessagingSandbox Messaging { get; private set; } = null!;

    protected DakarCafeClient Staff { get; private set; } = null!;

    protected Guid Product { get; private set; }

    protected override IReadOnlyDictionary<string, string?> ServerSettings => new Dictionary<string, string?>(Mail.ShopSettings().Concat(Messaging.ShopSettings()))
    {
        ["Engine:Limits:SchedulerInterval"] = "00:00:00.100",
        ["Engine:Limits:JobRetryDelay"] = "00:00:00.200",
        ["Engine:Limits:JobLease"] = "00:00:03",
        ["Notifications:AttemptTimeout"] = "00:00:05",
    };

    protected override async Task BeforeServerStartsAsync()
    {
        Mail = SmtpSandbox.Start();
        Own(Mail);
        Messaging = Own(await MessagingSandbox.StartAsync());
    }

    protected async Task OpenShopAsync()
    {
        Staff = await ConnectAsync(await SignInAsAsync("admin"));
        Product = await Staff.MutateAsync(Api.Products.Create, TestProducts.Capsule("Ristretto", 3_000, stock: 100), Within());
    }

    /// <summary>A signed-in customer with a phone number, the given channels switched on, and one push device if push is on.</summary>
    protected async Task<(DakarCafeClient Client, User User)> CustomerAsync(bool email = true, bool push = false, bool sms = false, Language language = Language.Fr)
    {
        var client = await ConnectAsync(await SignInAsAsync("user"));
        await client.MutateAsync(Api.Users.UpdateProfile, new UpdateProfileArgs(Phone: "77 123 45 67"), Within());
        var user = await client.MutateAsync(Api.Users.UpdatePreferences, new UpdatePreferencesArgs(UserPreferences.Default with
        {
            Language = language,
            Notifications = new NotificationPreferences(email, push, sms),
        }), Within());
        if (push)
        {
            await client.MutateAsync(Api.Notifications.RegisterPushToken, new RegisterPushTokenArgs($"ExponentPushToken[{user.Id:N}]"), Within());
        }

        return (client, user);
    }

    protected Task<Order> OrderAsync(DakarCafeClient customer) => customer.MutateAsync(Api.Orders.CreateOrder, TestOrders.Of((Product, 1)), Within());

    protected static bool Settled(Notification n) => n.Deliveries.All(d => d.Status != DeliveryStatus.Pending);

    protected static Task<QuerySubscription<NotificationPage>> InboxAsync(DakarCafeClient customer) =>
        customer.SubscribeAsync(Api.Notifications.GetMyNotifications, new GetMyNotificationsArgs(), Within());
}
