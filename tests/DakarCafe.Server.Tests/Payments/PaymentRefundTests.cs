using DakarCafe.Client;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Orders;
using DakarCafe.Schema.Payments;

namespace DakarCafe.Server.Tests.Payments;

public sealed class PaymentRefundTests(PostgresServer postgres) : PaymentsTest(postgres)
{
    private async Task<(DakarCafeClient Customer, Order Order, PaymentInstructions Paid)> PaidOrderAsync(PaymentMethod method)
    {
        var (customer, order) = await OrderAsync(method);
        var instructions = await StartAsync(customer, order);
        await Sandbox.PayAsync(Server.BaseAddress, instructions.CheckoutUrl!);
        return (customer, order, instructions);
    }

    private Task<PaymentSummary> RefundAsync(Guid paymentId, bool byHand = false) =>
        Staff.ActionAsync(Api.Payments.RefundPayment, new RefundPaymentArgs(paymentId, byHand), Within());

    [Fact]
    public async Task Cancelling_a_paid_wave_order_and_refunding_it_pays_the_customer_back_once()
    {
        var (customer, order, paid) = await PaidOrderAsync(PaymentMethod.Wave);
        await Staff.MutateAsync(Api.Orders.UpdateOrderStatus, new UpdateOrderStatusArgs(order.Id, OrderStatus.Cancelled, Reason: "Rupture fournisseur"), Within());

        var refunded = await RefundAsync(paid.PaymentId);
        var again = () => RefundAsync(paid.PaymentId);

        refunded.Status.Should().Be(PaymentStatus.Refunded);
        var now = await customer.QueryAsync(Api.Orders.GetOrder, new OrderIdArgs(order.Id), Within());
        now.PaymentStatus.Should().Be(PaymentStatus.Refunded);
        now.Tracking.Updates[^1].Should().BeEquivalentTo(new { Status = "paymentRefunded", Message = "9760 FCFA refunded" });
        (await again.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be("NOTHING_TO_REFUND");
        Sandbox.Refunds(PaymentSandbox.Wave).Should().Be(1);
    }

    [Fact]
    public async Task Money_that_arrived_for_a_cancelled_order_is_refunded_by_card_without_touching_the_order()
    {
        var (customer, order) = await OrderAsync(PaymentMethod.Card);
        var instructions = await StartAsync(customer, order);
        await customer.MutateAsync(Api.Orders.CancelOrder, new CancelOrderArgs(order.Id, "Trop long"), Within());
        await Sandbox.PayAsync(Server.BaseAddress, instructions.CheckoutUrl!);
        var due = (await customer.QueryAsync(Api.Payments.GetOrderPayments, new OrderIdArgs(order.Id), Within())).Single();
        due.Should().BeEquivalentTo(new { Status = PaymentStatus.Paid, RefundDue = true });

        var refunded = await RefundAsync(due.Id);

        refunded.Should().BeEquivalentTo(new { Status = PaymentStatus.Refunded, RefundDue = false });
        (await OrderNowAsync(order)).Should().BeEquivalentTo(new { Status = OrderStatus.Cancelled, PaymentStatus = PaymentStatus.Pending });
        Sandbox.Refunds(PaymentSandbox.Stripe).Should().Be(1);
    }

    [Fact]
    public async Task Orange_money_and_cash_are_refunded_by_hand_and_recorded()
    {
        var (_, order, paid) = await PaidOrderAsync(PaymentMethod.OrangeMoney);

        var throughApi = () => RefundAsync(paid.PaymentId);

        var error = (await throughApi.Should().ThrowAsync<DakarCafeException>()).Which.Error;
        error.Code.Should().Be("REFUND_NOT_SUPPORTED");
        (await OrderNowAsync(order)).PaymentStatus.Should().Be(PaymentStatus.Paid, "nothing was recorded");
        (await RefundAsync(paid.PaymentId, byHand: true)).Status.Should().Be(PaymentStatus.Refunded);
        (await OrderNowAsync(order)).PaymentStatus.Should().Be(PaymentStatus.Refunded);
    }

    [Fact]
    public async Task A_provider_failing_the_refund_records_nothing_and_a_retry_refunds_once()
    {
        var (_, order, paid) = await PaidOrderAsync(PaymentMethod.Wave);
        Sandbox.FailNext(PaymentSandbox.Wave, count: 3);

        var failing = () => RefundAsync(paid.PaymentId);

        (await failing.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be("PAYMENT_PROVIDER_UNAVAILABLE");
        (await OrderNowAsync(order)).PaymentStatus.Should().Be(PaymentStatus.Paid);
        (await RefundAsync(paid.PaymentId)).Status.Should().Be(PaymentStatus.Refunded);
        Sandbox.Refunds(PaymentSandbox.Wave).Should().Be(1);
    }

    [Fact]
    public async Task Customers_cannot_refund_and_strangers_cannot_see_payments()
    {
        var (customer, order, paid) = await PaidOrderAsync(PaymentMethod.Wave);
        var stranger = await ConnectAsync(await SignInAsAsync("user"));

        var refunding = () => customer.ActionAsync(Api.Payments.RefundPayment, new RefundPaymentArgs(paid.PaymentId), Within());
        var prying = () => stranger.QueryAsync(Api.Payments.GetOrderPayments, new OrderIdArgs(order.Id), Within());

        (await refunding.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be(ErrorCodes.Forbidden);
        (await prying.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be("NOT_FOUND");
        Sandbox.Refunds(PaymentSandbox.Wave).Should().Be(0);
    }
}
