using DakarCafe.Client;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Orders;
using DakarCafe.Schema.RecurringDeliveries;
using DakarCafe.Server.Tests.Orders;

namespace DakarCafe.Server.Tests.RecurringDeliveries;

public sealed class RecurringDeliveryRulesTests(PostgresServer postgres) : ShopTest(postgres)
{
    private static CreateRecurringDeliveryArgs Args(Guid product, int quantity = 2) => new("Café du bureau", PlanType.Premium,
        [new RecurringDeliveryProduct(product, quantity)], DeliveryFrequency.Weekly, TimeProvider.System.GetUtcNow().AddDays(3), TestOrders.Dakar(),
        PaymentMethod.CashOnDelivery);

    [Fact]
    public async Task The_owner_watches_their_recurring_deliveries_change_live_and_nobody_else_can_touch_them()
    {
        var admin = await ConnectAsync(await SignInAsAsync("admin"));
        var product = await admin.MutateAsync(Api.Products.Create, TestProducts.Capsule("Kazaar", 4_000, stock: 0), Within());
        var owner = await ConnectAsync(await SignInAsAsync("user"));
        var stranger = await ConnectAsync(await SignInAsAsync("user"));
        var live = await owner.SubscribeAsync(Api.RecurringDeliveries.GetMyRecurringDeliveries, new NoArgs(), Within());
        await live.WaitForAsync(list => list.Count == 0, Within());

        var created = await owner.MutateAsync(Api.RecurringDeliveries.CreateRecurringDelivery, Args(product), Within());
        await live.WaitForAsync(list => list.Count == 1, Within());
        var pausing = () => stranger.MutateAsync(Api.RecurringDeliveries.PauseRecurringDelivery,
            new PauseRecurringDeliveryArgs(created.Id, TimeProvider.System.GetUtcNow().AddDays(20)), Within());
        var cancelling = () => stranger.MutateAsync(Api.RecurringDeliveries.CancelRecurringDelivery, new CancelRecurringDeliveryArgs(created.Id, "non"), Within());
        (await pausing.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be("NOT_FOUND");
        (await cancelling.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be("NOT_FOUND");
        (await stranger.QueryAsync(Api.RecurringDeliveries.GetMyRecurringDeliveries, new NoArgs(), Within())).Should().BeEmpty();

        await owner.MutateAsync(Api.RecurringDeliveries.PauseRecurringDelivery,
            new PauseRecurringDeliveryArgs(created.Id, TimeProvider.System.GetUtcNow().AddDays(20)), Within());
        await live.WaitForAsync(list => list[0].Status == RecurringDeliveryStatus.Paused, Within());
        await owner.MutateAsync(Api.RecurringDeliveries.ResumeRecurringDelivery, new RecurringDeliveryIdArgs(created.Id), Within());
        await live.WaitForAsync(list => list[0].Status == RecurringDeliveryStatus.Active, Within());
        var updated = await owner.MutateAsync(Api.RecurringDeliveries.UpdateRecurringDelivery,
            new UpdateRecurringDeliveryArgs(created.Id, Products: [new RecurringDeliveryProduct(product, 3)], PlanType: PlanType.Basic), Within());
        await owner.MutateAsync(Api.RecurringDeliveries.CancelRecurringDelivery, new CancelRecurringDeliveryArgs(created.Id, "Je déménage"), Within());
        var cancelled = await live.WaitForAsync(list => list[0].Status == RecurringDeliveryStatus.Cancelled, Within());

        created.Pricing.Should().Be(new RecurringDeliveryPricing(8_000, 800, 7_200 + 1_296 + 1_500), "premium takes 10 % off, then VAT 18 % and Dakar delivery");
        updated.Pricing.Should().Be(new RecurringDeliveryPricing(12_000, 600, 11_400 + 2_052 + 1_500), "basic takes 5 % off");
        cancelled[0].CancelReason.Should().Be("Je déménage");
        var resuming = () => owner.MutateAsync(Api.RecurringDeliveries.ResumeRecurringDelivery, new RecurringDeliveryIdArgs(created.Id), Within());
        (await resuming.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be("INVALID_STATE");
    }

    [Fact]
    public async Task Bad_recurring_deliveries_get_a_structured_error_and_nothing_is_written()
    {
        var admin = await ConnectAsync(await SignInAsAsync("admin"));
        var product = await admin.MutateAsync(Api.Products.Create, TestProducts.Capsule("Arpeggio", 3_500, stock: 10), Within());
        var customer = await ConnectAsync(await SignInAsAsync("user"));
        var bad = new (string What, CreateRecurringDeliveryArgs Args, string Code, string Field)[]
        {
            ("no products", Args(product) with { Products = [] }, ErrorCodes.Validation, "products"),
            ("a zero quantity", Args(product, 0), ErrorCodes.Validation, "products"),
            ("an unknown product", Args(Guid.NewGuid()), "NOT_FOUND", "products[0].productId"),
            ("a first delivery in the past", Args(product) with { FirstDelivery = TimeProvider.System.GetUtcNow().AddDays(-1) }, ErrorCodes.Validation,
                "firstDelivery"),
            ("a first delivery two years away", Args(product) with { FirstDelivery = TimeProvider.System.GetUtcNow().AddYears(2) }, ErrorCodes.Validation,
                "firstDelivery"),
            ("a blank name", Args(product) with { Name = "  " }, ErrorCodes.Validation, "name"),
            ("an address abroad", Args(product) with { DeliveryAddress = TestOrders.Dakar() with { Country = "Mali" } }, ErrorCodes.Validation,
                "deliveryAddress.country"),
            ("a payment method not offered", Args(product) with { PaymentMethod = PaymentMethod.Wave }, "PAYMENT_METHOD_UNAVAILABLE", "paymentMethod"),
        };

        foreach (var (what, args, code, field) in bad)
        {
            var creating = () => customer.MutateAsync(Api.RecurringDeliveries.CreateRecurringDelivery, args, Within());
            var error = (await creating.Should().ThrowAsync<DakarCafeException>(what)).Which.Error;
            error.Code.Should().Be(code, what);
            error.Data.Should().Contain($"\"field\":\"{field}\"", what);
        }

        (await customer.QueryAsync(Api.RecurringDeliveries.GetMyRecurringDeliveries, new NoArgs(), Within())).Should().BeEmpty();
    }
}
