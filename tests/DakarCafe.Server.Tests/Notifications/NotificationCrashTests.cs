using DakarCafe.Fixtures;
using DakarCafe.Schema.Notifications;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace DakarCafe.Server.Tests.Notifications;

public sealed class NotificationCrashTests(PostgresServer postgres) : NotificationTest(postgres)
{
    [Fact]
    public async Task A_node_dying_after_the_provider_took_a_message_loses_nothing_and_the_resend_is_dropped_as_a_repeat()
    {
        await OpenShopAsync();
        var (ousmane, user) = await CustomerAsync(email: false, sms: true);
        Messaging.StallNext(MessagingSandbox.Sms, 1, TimeSpan.FromMinutes(2));

        await OrderAsync(ousmane);
        await Until(() => Messaging.Requests(MessagingSandbox.Sms) == 1);
        await Server.DisposeAsync();
        var survivor = await StartServerAsync();
        var notification = await Until(async () => (await NotificationsOf(survivor, user.Id)).SingleOrDefault(Settled));

        notification.Deliveries.Should().ContainSingle().Which.Status.Should().Be(DeliveryStatus.Sent);
        Messaging.Requests(MessagingSandbox.Sms).Should().Be(2, "the new node sent it again when the dead node's claim ran out");
        Messaging.Delivered(MessagingSandbox.Sms).Should().ContainSingle("the provider dropped the repeat by its key")
            .Which.Key.Should().Be($"{notification.Id:N}-sms");
    }

    private static async Task<IReadOnlyList<Notification>> NotificationsOf(ShopServer server, Guid userId)
    {
        await using var session = server.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.Query<Notification>().Where(n => n.UserId == userId).ToListAsync(Within());
    }

    private static async Task Until(Func<bool> condition) => await Until(() => Task.FromResult(condition() ? true : (bool?)null));

    private static async Task<T> Until<T>(Func<Task<T?>> probe)
    {
        var deadline = Within(TimeSpan.FromSeconds(30));
        while (true)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            await Task.Delay(50, deadline);
        }
    }
}
