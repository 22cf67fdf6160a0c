using System.Net;
using DakarCafe.Client;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Orders;

namespace DakarCafe.Server.Tests.Payments;

public sealed class PaymentsTests(PostgresServer postgres) : PaymentsTest(postgres)
{
    [Fact]
    public async Task A_wave_payment_is_pushed_live_to_the_customer_and_counted_once_when_wave_repeats_itself()
    {
        var (customer, order) = await OrderAsync(PaymentMethod.Wave);
        var tracking = await customer.SubscribeAsync(Api.Orders.SubscribeToOrderUpdates, new OrderIdArgs(order.Id), Within());
        await tracking.ResultAsync(Within());

        var instructions = await StartAsync(customer, order, phone: "77 123 45 67");
        var answers = await Sandbox.PayAsync(Server.BaseAddress, instructions.CheckoutUrl!, deliveries: 3);

        instructions.Should().BeEquivalentTo(new { Method = PaymentMethod.Wave, Amount = 9_760L });
        instructions.CheckoutUrl.Should().StartWith("https://pay.wave.com/c/cos-");
        answers.Select(a => a.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.OK);
        var paid = await tracking.WaitForAsync(t => t.PaymentStatus == PaymentStatus.Paid, Within());
        paid.Status.Should().Be(OrderStatus.Pending, "payment does not move the order along by itself");
        paid.Tracking.Updates.Count(u => u.Status == "paymentReceived").Should().Be(1);
        Sandbox.Checkouts(PaymentSandbox.Wave).Should().Be(1);
    }

    [Fact]
    public async Task Starting_a_payment_again_answers_the_same_open_checkout()
    {
        var (customer, order) = await OrderAsync(PaymentMethod.Wave);

        var first = await StartAsync(customer, order);
        var again = await StartAsync(customer, order);

        again.Should().Be(first);
        Sandbox.Checkouts(PaymentSandbox.Wave).Should().Be(1);
        Sandbox.Requests(PaymentSandbox.Wave).Should().Be(1);
    }

    [Fact]
    public async Task Orange_money_payments_are_matched_by_their_notification_token_and_share_one_oauth_token()
    {
        var (awa, first) = await OrderAsync(PaymentMethod.OrangeMoney);
        var (moussa, second) = await OrderAsync(PaymentMethod.OrangeMoney);

        var (awaPays, moussaPays) = (await StartAsync(awa, first), await StartAsync(moussa, second));
        await Sandbox.PayAsync(Server.BaseAddress, moussaPays.CheckoutUrl!);

        awaPays.CheckoutUrl.Should().StartWith("https://webpayment-qualif.orange-money.com/payment/pay_token/");
        (await OrderNowAsync(second)).PaymentStatus.Should().Be(PaymentStatus.Paid);
        (await OrderNowAsync(first)).PaymentStatus.Should().Be(PaymentStatus.Pending, "a notification pays only the checkout whose token it carries");
        Sandbox.OrangeTokensGranted.Should().Be(1);
    }

    [Fact]
    public async Task A_failed_card_payment_leaves_the_order_pending_and_a_new_attempt_can_pay_it()
    {
        var (customer, order) = await OrderAsync(PaymentMethod.Card);
        var declined = await StartAsync(customer, order);
        await Sandbox.PayAsync(Server.BaseAddress, declined.CheckoutUrl!, succeeded: false);
        (await OrderNowAsync(order)).Should().BeEquivalentTo(new { Status = OrderStatus.Pending, PaymentStatus = PaymentStatus.Failed });

        var retry = await StartAsync(customer, order);
        await Sandbox.PayAsync(Server.BaseAddress, retry.CheckoutUrl!);

        retry.PaymentId.Should().NotBe(declined.PaymentId);
        retry.CheckoutUrl.Should().StartWith("https://checkout.stripe.com/c/pay/cs_test_").And.NotBe(declined.CheckoutUrl);
        var paid = await OrderNowAsync(order);
        paid.PaymentStatus.Should().Be(PaymentStatus.Paid);
        paid.Tracking.Updates.Select(u => u.Status).Should().Equal("pending", "paymentFailed", "paymentReceived");
    }

    [Fact]
    public async Task A_paid_order_offers_nothing_more_to_pay_and_a_replayed_notification_changes_nothing()
    {
        var (customer, order) = await OrderAsync(PaymentMethod.Wave);
        var first = await StartAsync(customer, order);
        await Sandbox.PayAsync(Server.BaseAddress, first.CheckoutUrl!);

        var again = () => StartAsync(customer, order);

        (await again.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be("NOTHING_TO_PAY");
        var replay = (await Sandbox.PayAsync(Server.BaseAddress, first.CheckoutUrl!)).Single();
        (await replay.Content.ReadAsStringAsync(Within())).Should().Contain("\"applied\":false");
        (await OrderNowAsync(order)).Tracking.Updates.Count(u => u.Status == "paymentReceived").Should().Be(1);
    }

    [Fact]
    public async Task Money_arriving_for_a_cancelled_order_does_not_revive_it()
    {
        var (customer, order) = await OrderAsync(PaymentMethod.Wave);
        var instructions = await StartAsync(customer, order);
        await customer.MutateAsync(Api.Orders.CancelOrder, new CancelOrderArgs(order.Id, "Changé d'avis"), Within());

        var answer = (await Sandbox.PayAsync(Server.BaseAddress, instructions.CheckoutUrl!)).Single();

        answer.StatusCode.Should().Be(HttpStatusCode.OK);
        (await answer.Content.ReadAsStringAsync(Within())).Should().Contain("refundDue");
        (await OrderNowAsync(order)).Should().BeEquivalentTo(new { Status = OrderStatus.Cancelled, PaymentStatus = PaymentStatus.Pending });
    }

    [Fact]
    public async Task Cash_on_delivery_needs_no_provider_and_says_so()
    {
        var (customer, order) = await OrderAsync(PaymentMethod.CashOnDelivery);

        var instructions = await StartAsync(customer, order);

        instructions.CheckoutUrl.Should().BeNull();
        instructions.Message.Should().Contain("9760 FCFA in cash");
        Sandbox.Requests(PaymentSandbox.Wave).Should().Be(0);
    }

    [Fact]
    public async Task Only_the_customer_starts_a_payment_and_a_bad_phone_is_refused_before_anything_happens()
    {
        var (customer, order) = await OrderAsync(PaymentMethod.Wave);
        var stranger = await ConnectAsync(await SignInAsAsync("user"));

        var byStranger = () => StartAsync(stranger, order);
        var badPhone = () => StartAsync(customer, order, phone: "33 821 00 00");

        (await byStranger.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be("NOT_FOUND");
        var error = (await badPhone.Should().ThrowAsync<DakarCafeException>()).Which.Error;
        error.Code.Should().Be(ErrorCodes.Validation);
        error.Data.Should().Contain("payerPhone");
        Sandbox.Requests(PaymentSandbox.Wave).Should().Be(0);
    }

    [Theory]
    [InlineData("payments:applyNotification")]
    [InlineData("payments:recordCheckout")]
    [InlineData("payments:openAttempt")]
    public async Task Internal_functions_do_not_exist_for_clients(string function)
    {
        var (customer, order) = await OrderAsync(PaymentMethod.Wave);

        var calling = () => customer.MutateAsync<object>(function, new { orderId = order.Id }, Within());

        (await calling.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be(ErrorCodes.UnknownFunction);
        (await OrderNowAsync(order)).PaymentStatus.Should().Be(PaymentStatus.Pending);
    }
}
