using System.Text.RegularExpressions;
using DakarCafe.Client;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Cart;
using DakarCafe.Schema.Orders;
using DakarCafe.Schema.Products;

namespace DakarCafe.Server.Tests.Orders;

public sealed partial class CheckoutTests(PostgresServer postgres) : ShopTest(postgres)
{
    private async Task<Product> ProductNowAsync(Guid id) => await (await StaffAsync()).QueryAsync(Api.Products.GetProduct, new GetProductArgs(Id: id), Within());

    [Fact]
    public async Task Checkout_of_the_cart_prices_the_order_takes_the_stock_and_empties_the_ordered_lines()
    {
        var (roma, cosi) = (await CapsuleAsync("Roma", 3_500, stock: 10), await CapsuleAsync("Cosi", 3_300, stock: 4));
        var shopper = await ConnectAsync(await SignInAsAsync("user"));
        await shopper.MutateAsync(Api.Cart.AddToCart, new CartItemArgs(roma, 2), Within());
        await shopper.MutateAsync(Api.Cart.AddToCart, new CartItemArgs(cosi, 3), Within());

        var order = await shopper.MutateAsync(Api.Orders.CreateOrder, new CreateOrderArgs(TestOrders.Dakar(), PaymentMethod.CashOnDelivery), Within());

        order.Items.Should().BeEquivalentTo(new[] { new OrderItem(roma, "Roma", 2, 3_500, 7_000), new OrderItem(cosi, "Cosi", 3, 3_300, 9_900) });
        order.Should().BeEquivalentTo(new
        {
            Subtotal = 16_900L,
            Discount = 0L,
            Tax = 3_042L,
            Shipping = 1_500L,
            Total = 21_442L,
            Currency = "FCFA",
            Status = OrderStatus.Pending,
            PaymentStatus = PaymentStatus.Pending,
            PaymentMethod = PaymentMethod.CashOnDelivery,
        });
        order.DeliveryAddress.Phone.Should().Be("+221771234567");
        order.Tracking.Updates.Should().ContainSingle().Which.Status.Should().Be("pending");
        (await ProductNowAsync(roma)).Inventory.Stock.Should().Be(8);
        (await ProductNowAsync(cosi)).Inventory.Stock.Should().Be(1);
        (await shopper.QueryAsync(Api.Cart.GetCart, new NoArgs(), Within())).Lines.Should().BeEmpty();
        (await shopper.QueryAsync(Api.Orders.GetOrder, new OrderIdArgs(order.Id), Within())).Should().BeEquivalentTo(order);
    }

    [Fact]
    public async Task Ordering_some_products_leaves_the_other_lines_in_the_cart()
    {
        var (roma, cosi) = (await CapsuleAsync("Roma", 3_500), await CapsuleAsync("Cosi", 3_300));
        var shopper = await ConnectAsync(await SignInAsAsync("user"));
        await shopper.MutateAsync(Api.Cart.AddToCart, new CartItemArgs(roma, 1), Within());
        await shopper.MutateAsync(Api.Cart.AddToCart, new CartItemArgs(cosi, 1), Within());

        await shopper.MutateAsync(Api.Orders.CreateOrder, TestOrders.Of((roma, 1)), Within());

        (await shopper.QueryAsync(Api.Cart.GetCart, new NoArgs(), Within())).Lines.Select(l => l.ProductId).Should().Equal(cosi);
    }

    [Fact]
    public async Task Outside_dakar_delivery_costs_more_and_big_orders_ship_free()
    {
        var machine = await CapsuleAsync("Essenza", 60_000);
        var shopper = await ConnectAsync(await SignInAsAsync("user"));

        var small = await shopper.MutateAsync(Api.Orders.CreateOrder,
            new CreateOrderArgs(TestOrders.Thies(), PaymentMethod.CashOnDelivery, [new OrderItemInput(await CapsuleAsync("Roma", 3_500), 1)]), Within());
        var big = await shopper.MutateAsync(Api.Orders.CreateOrder,
            new CreateOrderArgs(TestOrders.Thies(), PaymentMethod.CashOnDelivery, [new OrderItemInput(machine, 1)]), Within());

        small.Shipping.Should().Be(3_500);
        small.DeliveryAddress.Region.Should().Be("Thiès");
        big.Should().BeEquivalentTo(new { Subtotal = 60_000L, Tax = 10_800L, Shipping = 0L, Total = 70_800L });
    }

    [Fact]
    public async Task Order_numbers_are_readable_unique_and_increasing()
    {
        var roma = await CapsuleAsync("Roma", 3_500, stock: 100);
        var shoppers = await Task.WhenAll(Enumerable.Range(0, 3).Select(async _ => await ConnectAsync(await SignInAsAsync("user"))));

        var orders = await Task.WhenAll(shoppers.SelectMany(s => Enumerable.Range(0, 4).Select(_ => s)).Select(s =>
            s.MutateAsync(Api.Orders.CreateOrder, TestOrders.Of((roma, 1)), Within())));

        var numbers = orders.Select(o => o.OrderNumber).ToList();
        numbers.Should().OnlyHaveUniqueItems().And.AllSatisfy(n => OrderNumberPattern().IsMatch(n).Should().BeTrue(n));
        numbers.Should().AllSatisfy(n => n.Should().StartWith($"DCE-{orders[0].CreatedAt.Year}-"));
        foreach (var shopper in shoppers)
        {
            var own = (await shopper.QueryAsync(Api.Orders.GetUserOrders, new GetUserOrdersArgs(), Within())).Items;
            own.Select(o => o.OrderNumber).Should().BeInDescendingOrder(StringComparer.Ordinal, "one shopper's later orders get later numbers");
        }
    }

    public static TheoryData<string, Func<Guid, Guid, CreateOrderArgs>, string, string> BadOrders => new()
    {
        { "an empty order", (_, _) => new CreateOrderArgs(TestOrders.Dakar(), PaymentMethod.CashOnDelivery, []), ErrorCodes.Validation, "items" },
        { "an unknown product", (_, _) => TestOrders.Of((Guid.NewGuid(), 1)), "NOT_FOUND", "items[0].productId" },
        { "a deactivated product", (_, off) => TestOrders.Of((off, 1)), "PRODUCT_UNAVAILABLE", "items[0].productId" },
        { "more than the stock", (roma, _) => TestOrders.Of((roma, 11)), "OUT_OF_STOCK", "items[0].quantity" },
        { "more than the stock in two lines", (roma, _) => TestOrders.Of((roma, 6), (roma, 5)), "OUT_OF_STOCK", "items[0].quantity" },
        { "a zero quantity", (roma, _) => TestOrders.Of((roma, 0)), ErrorCodes.Validation, "items[0].quantity" },
        { "a malformed phone", (roma, _) => TestOrders.Of((roma, 1)) with { DeliveryAddress = TestOrders.Dakar("+221 12 34") },
            ErrorCodes.Validation, "deliveryAddress.phone" },
        { "a French phone", (roma, _) => TestOrders.Of((roma, 1)) with { DeliveryAddress = TestOrders.Dakar("+33 6 12 34 56 78") },
            ErrorCodes.Validation, "deliveryAddress.phone" },
        { "a region outside Senegal", (roma, _) => TestOrders.Of((roma, 1)) with { DeliveryAddress = TestOrders.Dakar() with { Region = "Abidjan" } },
            ErrorCodes.Validation, "deliveryAddress.region" },
        { "a blank street", (roma, _) => TestOrders.Of((roma, 1)) with { DeliveryAddress = TestOrders.Dakar() with { Street = "  " } },
            ErrorCodes.Validation, "deliveryAddress.street" },
        { "a method not offered", (roma, _) => TestOrders.Of((roma, 1)) with { PaymentMethod = PaymentMethod.Wave },
            "PAYMENT_METHOD_UNAVAILABLE", "paymentMethod" },
    };

    [Theory]
    [MemberData(nameof(BadOrders))]
    public async Task Bad_orders_get_a_structured_error_and_write_nothing(string what, Func<Guid, Guid, CreateOrderArgs> args, string code, string field)
    {
        var roma = await CapsuleAsync("Roma", 3_500, stock: 10);
        var off = await CapsuleAsync("Arpeggio", 3_500);
        await (await StaffAsync()).MutateAsync(Api.Products.SetActive, new SetActiveArgs(off, false), Within());
        var shopper = await ConnectAsync(await SignInAsAsync("user"));
        await shopper.MutateAsync(Api.Cart.AddToCart, new CartItemArgs(roma, 2), Within());

        var ordering = () => shopper.MutateAsync(Api.Orders.CreateOrder, args(roma, off), Within());

        var error = (await ordering.Should().ThrowAsync<DakarCafeException>(what)).Which.Error;
        error.Code.Should().Be(code, what);
        error.Data.Should().Contain($"\"field\":\"{field}\"", what);
        (await ProductNowAsync(roma)).Inventory.Stock.Should().Be(10, "nothing was written");
        (await shopper.QueryAsync(Api.Orders.GetUserOrders, new GetUserOrdersArgs(), Within())).Total.Should().Be(0);
        (await shopper.QueryAsync(Api.Cart.GetCart, new NoArgs(), Within())).ItemCount.Should().Be(2);
        (await shopper.QueryAsync(Api.Cart.GetCart, new NoArgs(), Within())).Should().NotBeNull("the connection stays usable");
    }

    [Fact]
    public async Task Checkout_of_an_empty_cart_is_refused()
    {
        var shopper = await ConnectAsync(await SignInAsAsync("user"));

        var ordering = () => shopper.MutateAsync(Api.Orders.CreateOrder, new CreateOrderArgs(TestOrders.Dakar(), PaymentMethod.CashOnDelivery), Within());

        var error = (await ordering.Should().ThrowAsync<DakarCafeException>()).Which.Error;
        error.Code.Should().Be(ErrorCodes.Validation);
        error.Message.Should().Contain("cart is empty");
    }

    [Fact]
    public async Task An_unknown_payment_method_is_refused_by_the_argument_check()
    {
        var roma = await CapsuleAsync("Roma", 3_500);
        var shopper = await ConnectAsync(await SignInAsAsync("user"));

        var ordering = () => shopper.MutateAsync<Order>("orders:createOrder", new
        {
            deliveryAddress = TestOrders.Dakar(),
            paymentMethod = "bitcoin",
            items = new[] { new OrderItemInput(roma, 1) },
        }, Within());

        var error = (await ordering.Should().ThrowAsync<DakarCafeException>()).Which.Error;
        error.Code.Should().Be(ErrorCodes.Validation);
        error.Message.Should().Contain("paymentMethod");
        (await ProductNowAsync(roma)).Inventory.Stock.Should().Be(10);
    }

    [Fact]
    public async Task Anonymous_callers_cannot_check_out()
    {
        var roma = await CapsuleAsync("Roma", 3_500);
        var anonymous = await ConnectAsync();

        var ordering = () => anonymous.MutateAsync(Api.Orders.CreateOrder, TestOrders.Of((roma, 1)), Within());

        (await ordering.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be(ErrorCodes.AuthRequired);
    }

    [GeneratedRegex(@"^DCE-\d{4}-\d{6}$")]
    private static partial Regex OrderNumberPattern();
}
