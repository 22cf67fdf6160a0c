using System.Globalization;
using System.Net;
using DakarCafe.Client;
using DakarCafe.Fixtures;
using DakarCafe.Schema;
using DakarCafe.Schema.Notifications;
using DakarCafe.Schema.Orders;
using DakarCafe.Schema.Users;

namespace DakarCafe.Server.Tests.Notifications;

public sealed class NotificationDeliveryTests(PostgresServer postgres) : NotificationTest(postgres)
{
    [Fact]
    public async Task Order_events_reach_the_customer_by_email_push_and_sms_and_land_in_their_live_inbox()
    {
        await OpenShopAsync();
        var (awa, user) = await CustomerAsync(email: true, push: true, sms: true);
        var inbox = await InboxAsync(awa);

        var order = await OrderAsync(awa);
        var placed = (await inbox.WaitForAsync(p => p.Items.Any(n => n.Kind == "orderPlaced" && Settled(n)), Within())).Items.Single();
        await Staff.MutateAsync(Api.Orders.UpdateOrderStatus, new UpdateOrderStatusArgs(order.Id, OrderStatus.Confirmed), Within());
        await Staff.MutateAsync(Api.Orders.UpdateOrderStatus, new UpdateOrderStatusArgs(order.Id, OrderStatus.Processing), Within());
        await Staff.MutateAsync(Api.Orders.UpdateOrderStatus, new UpdateOrderStatusArgs(order.Id, OrderStatus.Shipped, "Yobante", "YB-77"), Within());
        var page = await inbox.WaitForAsync(p => p.Items.Count(Settled) == 3, Within());

        page.Items.Select(n => n.Kind).Should().Equal("orderShipped", "orderConfirmed", "orderPlaced");
        page.Unread.Should().Be(3);
        placed.Should().BeEquivalentTo(new { Title = $"Commande {order.OrderNumber} reçue", OrderId = order.Id });
        placed.Deliveries.Should().OnlyContain(d => d.Status == DeliveryStatus.Sent && d.Attempts == 1)
            .And.HaveCount(3);
        var key = $"{placed.Id:N}";
        var email = Mail.Received.Single(m => m.MessageId.StartsWith(key, StringComparison.Ordinal));
        email.Should().BeEquivalentTo(new { To = user.Email, Subject = placed.Title, MessageId = $"{key}-email@dakarcafe.sn" });
        email.Body.Should().Contain(order.Total.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ') + " FCFA");
        Messaging.Delivered(MessagingSandbox.Sms).Single(m => m.Key == $"{key}-sms").Should().BeEquivalentTo(new { To = "tel:+221771234567" });
        Messaging.Delivered(MessagingSandbox.Push).Single(m => m.Key == $"{key}-push").Should().BeEquivalentTo(
            new { To = $"ExponentPushToken[{user.Id:N}]", Title = placed.Title });
        Messaging.Delivered(MessagingSandbox.Sms).Should().Contain(m => m.Body.Contains("Yobante, numéro de suivi YB-77"));
        Messaging.SmsTokensGranted.Should().Be(1, "the texts share one token from Orange's gateway until it expires");

        await awa.MutateAsync(Api.Notifications.MarkRead, new NotificationIdArgs(placed.Id), Within());
        await inbox.WaitForAsync(p => p.Unread == 2, Within());
        (await awa.MutateAsync(Api.Notifications.MarkAllRead, new NoArgs(), Within())).Should().Be(2);
        await inbox.WaitForAsync(p => p.Unread == 0, Within());
        var (stranger, _) = await CustomerAsync();
        var reading = () => stranger.MutateAsync(Api.Notifications.MarkRead, new NotificationIdArgs(placed.Id), Within());
        (await reading.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be("NOT_FOUND");
        (await stranger.QueryAsync(Api.Notifications.GetMyNotifications, new GetMyNotificationsArgs(), Within())).Total.Should().Be(0);
    }

    [Fact]
    public async Task Only_the_chosen_channels_are_used_in_the_customers_language_and_without_a_device_there_is_no_push()
    {
        await OpenShopAsync();
        var (moussa, user) = await CustomerAsync(email: true, push: false, sms: false, language: Language.En);
        var inbox = await InboxAsync(moussa);

        var order = await OrderAsync(moussa);

        var placed = (await inbox.WaitForAsync(p => p.Items.Any(Settled), Within())).Items.Single();
        placed.Title.Should().Be($"Order {order.OrderNumber} received");
        placed.Deliveries.Should().ContainSingle().Which.Channel.Should().Be(NotificationChannel.Email);
        Mail.Received.Should().ContainSingle(m => m.To == user.Email);
        Messaging.Requests(MessagingSandbox.Sms).Should().Be(0);
        Messaging.Requests(MessagingSandbox.Push).Should().Be(0);
        var badToken = () => moussa.MutateAsync(Api.Notifications.RegisterPushToken, new RegisterPushTokenArgs("<script>"), Within());
        (await badToken.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be(Protocol.ErrorCodes.Validation);
    }

    [Fact]
    public async Task A_provider_that_fails_is_retried_with_backoff_and_the_message_delivered_once()
    {
        await OpenShopAsync();
        var (fatou, _) = await CustomerAsync(email: false, sms: true);
        var inbox = await InboxAsync(fatou);
        Messaging.FailNext(MessagingSandbox.Sms, 4, HttpStatusCode.ServiceUnavailable);

        await OrderAsync(fatou);

        var placed = (await inbox.WaitForAsync(p => p.Items.Any(Settled), Within())).Items.Single();
        placed.Deliveries.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Channel = NotificationChannel.Sms, Status = DeliveryStatus.Sent });
        placed.Deliveries[0].Attempts.Should().Be(2, "the HTTP client's own retries (3 calls) were all refused, so the scheduler tried again");
        Messaging.Delivered(MessagingSandbox.Sms).Should().ContainSingle();
        Messaging.Requests(MessagingSandbox.Sms).Should().Be(5, "3 refused calls, then a refused one and the one that went through");
    }
}
