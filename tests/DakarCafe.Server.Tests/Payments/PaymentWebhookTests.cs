using System.Net;
using DakarCafe.Fixtures;
using DakarCafe.Schema.Orders;
using DakarCafe.Server.Payments;

namespace DakarCafe.Server.Tests.Payments;

public sealed class PaymentWebhookTests(PostgresServer postgres) : PaymentsTest(postgres)
{
    private Uri Webhook(string provider) => new(Server.BaseAddress, $"payments/webhooks/{provider}");

    private static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    private async Task<(Order Order, string SessionId, string Reference)> StartedWavePaymentAsync()
    {
        var (customer, order) = await OrderAsync(PaymentMethod.Wave);
        var instructions = await StartAsync(customer, order);
        var sessionId = new Uri(instructions.CheckoutUrl!).Segments[^1];
        return (order, sessionId, instructions.PaymentId.ToString());
    }

    private async Task ShouldBeRefusedAsync(HttpResponseMessage answer, HttpStatusCode status, string code, Order order)
    {
        answer.StatusCode.Should().Be(status);
        var body = await answer.Content.ReadAsStringAsync(Within());
        body.Should().Contain($"\"code\":\"{code}\"").And.NotContain("Exception").And.NotContain("select ");
        var now = await OrderNowAsync(order);
        now.PaymentStatus.Should().Be(PaymentStatus.Pending, "a refused notification writes nothing");
        now.Tracking.Updates.Should().ContainSingle();
    }

    [Fact]
    public async Task A_signature_made_with_another_secret_is_refused()
    {
        var (order, session, reference) = await StartedWavePaymentAsync();
        var body = PaymentSandbox.WaveCompletedEvent(session, reference, 9_760);

        var answer = await Sandbox.PostAsync(Webhook("wave"), body, "Wave-Signature", PaymentSandbox.WaveSignature(body, Now, secret: "guessed"));

        await ShouldBeRefusedAsync(answer, HttpStatusCode.Unauthorized, "INVALID_SIGNATURE", order);
    }

    [Fact]
    public async Task A_body_changed_after_signing_is_refused()
    {
        var (order, session, reference) = await StartedWavePaymentAsync();
        var signed = PaymentSandbox.WaveCompletedEvent(session, reference, 9_760);

        var answer = await Sandbox.PostAsync(Webhook("wave"), signed.Replace("9760", "1"), "Wave-Signature", PaymentSandbox.WaveSignature(signed, Now));

        await ShouldBeRefusedAsync(answer, HttpStatusCode.Unauthorized, "INVALID_SIGNATURE", order);
    }

    [Fact]
    public async Task A_notification_signed_long_ago_is_refused_as_a_replay()
    {
        var (order, session, reference) = await StartedWavePaymentAsync();
        var body = PaymentSandbox.WaveCompletedEvent(session, reference, 9_760);

        var answer = await Sandbox.PostAsync(Webhook("wave"), body, "Wave-Signature", PaymentSandbox.WaveSignature(body, Now.AddMinutes(-30)));

        await ShouldBeRefusedAsync(answer, HttpStatusCode.Unauthorized, "INVALID_SIGNATURE", order);
    }

    [Fact]
    public async Task An_unsigned_notification_and_a_stripe_signature_scheme_on_wave_are_refused()
    {
        var (order, session, reference) = await StartedWavePaymentAsync();
        var body = PaymentSandbox.WaveCompletedEvent(session, reference, 9_760);

        var unsigned = await Sandbox.PostAsync(Webhook("wave"), body);
        var stripeStyle = await Sandbox.PostAsync(Webhook("wave"), body, "Wave-Signature", PaymentSandbox.StripeSignature(body, Now, PaymentSandbox.WaveWebhookSecret));

        await ShouldBeRefusedAsync(unsigned, HttpStatusCode.Unauthorized, "INVALID_SIGNATURE", order);
        await ShouldBeRefusedAsync(stripeStyle, HttpStatusCode.Unauthorized, "INVALID_SIGNATURE", order);
    }

    [Fact]
    public async Task A_well_signed_notification_for_an_unknown_payment_is_refused()
    {
        var (order, session, _) = await StartedWavePaymentAsync();
        var body = PaymentSandbox.WaveCompletedEvent(session, Guid.NewGuid().ToString(), 9_760);

        var answer = await Sandbox.PostAsync(Webhook("wave"), body, "Wave-Signature", PaymentSandbox.WaveSignature(body, Now));

        await ShouldBeRefusedAsync(answer, HttpStatusCode.NotFound, "UNKNOWN_PAYMENT", order);
    }

    [Fact]
    public async Task A_notification_of_another_amount_is_refused()
    {
        var (customer, order) = await OrderAsync(PaymentMethod.Wave);
        var instructions = await StartAsync(customer, order);

        var answer = (await Sandbox.PayAsync(Server.BaseAddress, instructions.CheckoutUrl!, amount: 100)).Single();

        await ShouldBeRefusedAsync(answer, HttpStatusCode.UnprocessableEntity, "AMOUNT_MISMATCH", order);
    }

    [Fact]
    public async Task A_well_signed_body_that_is_not_an_event_is_refused_as_malformed()
    {
        var (order, _, _) = await StartedWavePaymentAsync();
        const string body = "[1, 2, 3]";

        var answer = await Sandbox.PostAsync(Webhook("wave"), body, "Wave-Signature", PaymentSandbox.WaveSignature(body, Now));

        await ShouldBeRefusedAsync(answer, HttpStatusCode.BadRequest, "MALFORMED_NOTIFICATION", order);
    }

    [Fact]
    public async Task An_orange_money_notification_with_an_unknown_token_is_refused()
    {
        var (customer, order) = await OrderAsync(PaymentMethod.OrangeMoney);
        await StartAsync(customer, order);

        var answer = await Sandbox.PostAsync(Webhook("orange-money"), """{"status":"SUCCESS","notif_token":"forged","txnid":"MP1"}""");

        await ShouldBeRefusedAsync(answer, HttpStatusCode.NotFound, "UNKNOWN_PAYMENT", order);
    }

    [Fact]
    public async Task Cash_has_no_webhook_and_unknown_providers_are_not_found()
    {
        var (order, _, _) = await StartedWavePaymentAsync();

        await ShouldBeRefusedAsync(await Sandbox.PostAsync(Webhook("cash"), "{}"), HttpStatusCode.Unauthorized, "INVALID_SIGNATURE", order);
        await ShouldBeRefusedAsync(await Sandbox.PostAsync(Webhook("paypal"), "{}"), HttpStatusCode.NotFound, PaymentEndpoints.UnknownProvider, order);
    }

    [Fact]
    public async Task A_stripe_event_of_no_interest_is_acknowledged_and_ignored()
    {
        var (customer, order) = await OrderAsync(PaymentMethod.Card);
        await StartAsync(customer, order);
        const string body = """{"id":"evt_1","object":"event","type":"customer.created","data":{"object":{"id":"cus_1"}}}""";

        var answer = await Sandbox.PostAsync(Webhook("card"), body, "Stripe-Signature", PaymentSandbox.StripeSignature(body, Now));

        answer.StatusCode.Should().Be(HttpStatusCode.OK);
        (await OrderNowAsync(order)).PaymentStatus.Should().Be(PaymentStatus.Pending);
    }

    [Fact]
    public async Task An_oversized_notification_is_refused_unread()
    {
        var (order, _, _) = await StartedWavePaymentAsync();

        var answer = await Sandbox.PostAsync(Webhook("wave"), new string('x', 70_000), "Wave-Signature", "t=1,v1=00");

        await ShouldBeRefusedAsync(answer, HttpStatusCode.RequestEntityTooLarge, "MALFORMED_NOTIFICATION", order);
    }
}
