using DakarCafe.Client;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Cart;
using DakarCafe.Schema.Orders;
using DakarCafe.Schema.Products;
using DakarCafe.Schema.RecurringDeliveries;

namespace DakarCafe.Server.Tests.Orders;

/// <summary><c>orders:quoteOrder</c>: the price checkout will charge, shown before ordering and live.</summary>
public sealed class QuoteTests(PostgresServer postgres) : ShopTest(postgres)
{
    private static QuoteOrderArgs CartTo(string region) => new(region, PaymentMethod.CashOnDelivery);

    [Theory]
    [InlineData("Dakar", "Dakar")]
    [InlineData("saint louis", "Saint-Louis")]
    public async Task The_quote_of_the_cart_is_exactly_what_the_order_then_charges(string region, string properName)
    {
        var (roma, cosi) = (await CapsuleAsync("Roma", 3_500), await CapsuleAsync("Cosi", 3_400));
        var shopper = await ConnectAsync(await SignInAsAsync("user"));
        await shopper.MutateAsync(Api.Cart.AddToCart, new CartItemArgs(roma, 2), Within());
        await shopper.MutateAsync(Api.Cart.AddToCart, new CartItemArgs(cosi, 1), Within());

        var quote = await shopper.QueryAsync(Api.Orders.QuoteOrder, CartTo(region), Within());
        var order = await shopper.MutateAsync(Api.Orders.CreateOrder,
            new CreateOrderArgs(TestOrders.Dakar() with { Region = region, City = properName }, PaymentMethod.CashOnDelivery), Within());

        quote.Should().BeEquivalentTo(new
        {
            Subtotal = 10_400L,
            Discount = 0L,
            Tax = 1_872L,
            Shipping = properName == "Dakar" ? 1_500L : 3_500L,
            Currency = "FCFA",
            Region = properName,
            VatBasisPoints = 1_800,
            FreeShippingThreshold = 50_000L,
            MissingForFreeShipping = 39_600L,
            CanOrder = true,
        });
        quote.Total.Should().Be(quote.Subtotal + quote.Tax + quote.Shipping);
        (order.Subtotal, order.Discount, order.Tax, order.Shipping, order.Total)
            .Should().Be((quote.Subtotal, quote.Discount, quote.Tax, quote.Shipping, quote.Total), "the order costs what was quoted");
        order.Items.Select(i => (i.ProductId, i.Quantity, i.Price, i.Total))
            .Should().Equal(quote.Lines.Select(l => (l.ProductId, l.Quantity, l.Price, l.Total)));
    }

    [Fact]
    public async Task The_live_quote_moves_when_a_price_or_the_cart_changes_and_delivery_becomes_free_at_the_threshold()
    {
        var roma = await CapsuleAsync("Roma", 24_000);
        var shopper = await ConnectAsync(await SignInAsAsync("user"));
        await shopper.MutateAsync(Api.Cart.AddToCart, new CartItemArgs(roma, 2), Within());
        var quote = await shopper.SubscribeAsync(Api.Orders.QuoteOrder, CartTo("Dakar"), Within());
        (await quote.WaitForAsync(q => q.Subtotal == 48_000, Within())).MissingForFreeShipping.Should().Be(2_000);
        quote.Value!.Shipping.Should().Be(1_500);

        await (await StaffAsync()).MutateAsync(Api.Products.SetPrice, new SetPriceArgs(roma, 25_000), Within());
        var repriced = await quote.WaitForAsync(q => q.Subtotal == 50_000, Within());
        repriced.Should().BeEquivalentTo(new { Shipping = 0L, MissingForFreeShipping = 0L, Tax = 9_000L, Total = 59_000L });

        await shopper.MutateAsync(Api.Cart.UpdateCartItem, new CartItemArgs(roma, 1), Within());
        (await quote.WaitForAsync(q => q.Subtotal == 25_000, Within())).Total.Should().Be(25_000 + 4_500 + 1_500);
        var order = await shopper.MutateAsync(Api.Orders.CreateOrder, new CreateOrderArgs(TestOrders.Dakar(), PaymentMethod.CashOnDelivery), Within());
        order.Total.Should().Be(31_000);
        (await quote.WaitForAsync(q => q.Lines.Count == 0, Within())).Should().BeEquivalentTo(new { Shipping = 0L, Total = 0L, CanOrder = false },
            "an empty cart is quoted, not refused, and cannot be ordered");
    }

    [Fact]
    public async Task A_line_checkout_would_refuse_is_priced_and_says_why_and_the_quote_cannot_be_ordered()
    {
        var (roma, off) = (await CapsuleAsync("Roma", 3_500, stock: 2), await CapsuleAsync("Arpeggio", 3_600));
        await (await StaffAsync()).MutateAsync(Api.Products.SetActive, new SetActiveArgs(off, false), Within());
        var shopper = await ConnectAsync(await SignInAsAsync("user"));
        var unknown = Guid.NewGuid();

        var quote = await shopper.QueryAsync(Api.Orders.QuoteOrder,
            CartTo("Dakar") with { Items = [new OrderItemInput(roma, 3), new OrderItemInput(off, 1), new OrderItemInput(unknown, 1)] }, Within());

        quote.Lines.Select(l => (l.ProductId, l.Problem, l.Available)).Should().Equal(
            new (Guid, string?, int?)[] { (roma, "OUT_OF_STOCK", 2), (off, "PRODUCT_UNAVAILABLE", 10), (unknown, ErrorCodes.NotFound, null) });
        quote.Subtotal.Should().Be(3 * 3_500 + 3_600, "a refused line is still priced, an unknown product at nothing");
        quote.CanOrder.Should().BeFalse();
    }

    [Fact]
    public async Task A_plan_discount_is_quoted_as_the_recurring_delivery_charges_it()
    {
        var roma = await CapsuleAsync("Roma", 10_000);
        var shopper = await ConnectAsync(await SignInAsAsync("user"));

        var quote = await shopper.QueryAsync(Api.Orders.QuoteOrder,
            CartTo("Thiès") with { Items = [new OrderItemInput(roma, 2)], Plan = PlanType.Premium }, Within());

        quote.Should().BeEquivalentTo(new { Subtotal = 20_000L, Discount = 2_000L, Tax = 3_240L, Shipping = 3_500L, Total = 24_740L });
    }

    public static TheoryData<string, QuoteOrderArgs, string, string> BadQuotes => new()
    {
        { "a region outside Senegal", CartTo("Abidjan"), ErrorCodes.Validation, "region" },
        { "a method not offered", CartTo("Dakar") with { PaymentMethod = PaymentMethod.Wave }, "PAYMENT_METHOD_UNAVAILABLE", "paymentMethod" },
        { "a zero quantity", CartTo("Dakar") with { Items = [new OrderItemInput(Guid.NewGuid(), 0)] }, ErrorCodes.Validation, "items[0].quantity" },
    };

    [Theory]
    [MemberData(nameof(BadQuotes))]
    public async Task Bad_arguments_get_the_error_checkout_would_give(string what, QuoteOrderArgs args, string code, string field)
    {
        var shopper = await ConnectAsync(await SignInAsAsync("user"));

        var quoting = () => shopper.QueryAsync(Api.Orders.QuoteOrder, args, Within());

        var error = (await quoting.Should().ThrowAsync<DakarCafeException>(what)).Which.Error;
        error.Code.Should().Be(code, what);
        error.Data.Should().Contain($"\"field\":\"{field}\"", what);
    }

    [Fact]
    public async Task Only_a_signed_in_shopper_gets_a_quote()
    {
        var anonymous = await ConnectAsync();

        var quoting = () => anonymous.QueryAsync(Api.Orders.QuoteOrder, CartTo("Dakar"), Within());

        (await quoting.Should().ThrowAsync<DakarCafeException>()).Which.Error.Code.Should().Be(ErrorCodes.AuthRequired);
    }
}
