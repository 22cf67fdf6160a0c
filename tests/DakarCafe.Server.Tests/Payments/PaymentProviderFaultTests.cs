using DakarCafe.Client;
using DakarCafe.Fixtures;
using DakarCafe.Schema.Orders;

namespace DakarCafe.Server.Tests.Payments;

public sealed class PaymentProviderFaultTests(PostgresServer postgres) : PaymentsTest(postgres)
{
    /// <summary>Low enough that one test's failures open the circuit.</summary>
    protected override int CircuitMinimumThroughput => 6;

    [Fact]
    public async Task A_provider_answering_500_is_retried_and_one_checkout_is_opened()
    {
        var (customer, order) = await OrderAsync(PaymentMethod.Wave);
        Sandbox.FailNext(PaymentSandbox.Wave, count: 2);

        var instructions = await StartAsync(customer, order);
        await Sandbox.PayAsync(Server.BaseAddress, instructions.CheckoutUrl!);

        Sandbox.Requests(PaymentSandbox.Wave).Should().Be(3);
        Sandbox.Checkouts(PaymentSandbox.Wave).Should().Be(1);
        (await OrderNowAsync(order)).PaymentStatus.Should().Be(PaymentStatus.Paid);
    }

    [Fact]
    public async Task A_provider_that_never_answers_in_time_fails_the_attempt_and_a_later_attempt_pays_once()
    {
        var (customer, order) = await OrderAsync(PaymentMethod.Card);
        Sandbox.StallNext(PaymentSandbox.Stripe, count: 3, TimeSpan.FromSeconds(5));

        var starting = () => StartAsync(customer, order);

        var error = (await starting.Should().ThrowAsync<DakarCafeException>()).Which.Error;
        error.Code.Should().Be("PAYMENT_PROVIDER_UNAVAILABLE");
        error.Data.Should().Contain("\"retryable\":true");
        (await OrderNowAsync(order)).Should().BeEquivalentTo(new { Status = OrderStatus.Pending, PaymentStatus = PaymentStatus.Failed });
        Sandbox.Requests(PaymentSandbox.Stripe).Should().Be(3);

        var retry = await StartAsync(customer, order);
        await Sandbox.PayAsync(Server.BaseAddress, retry.CheckoutUrl!, deliveries: 2);

        var paid = await OrderNowAsync(order);
        paid.PaymentStatus.Should().Be(PaymentStatus.Paid);
        paid.Tracking.Updates.Count(u => u.Status == "paymentReceived").Should().Be(1);
    }

    [Fact]
    public async Task A_provider_that_keeps_failing_opens_its_circuit_and_calls_stop_reaching_it_while_other_providers_work()
    {
        var (customer, order) = await OrderAsync(PaymentMethod.Wave);
        Sandbox.FailNext(PaymentSandbox.Wave, count: 100);
        var starting = () => StartAsync(customer, order);
        for (var i = 0; i < 3; i++)
        {
            (await starting.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be("PAYMENT_PROVIDER_UNAVAILABLE");
        }

        var reached = Sandbox.Requests(PaymentSandbox.Wave);
        (await starting.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be("PAYMENT_PROVIDER_UNAVAILABLE");

        reached.Should().BeLessThan(9, "the circuit opened before every attempt was spent");
        Sandbox.Requests(PaymentSandbox.Wave).Should().Be(reached, "an open circuit answers without calling Wave");
        var (other, byCard) = await OrderAsync(PaymentMethod.Card);
        (await StartAsync(other, byCard)).CheckoutUrl.Should().NotBeNull("Stripe has a circuit of its own");
        (await OrderNowAsync(order)).Status.Should().Be(OrderStatus.Pending);
    }
}
