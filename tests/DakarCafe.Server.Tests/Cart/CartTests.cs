using DakarCafe.Client;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Cart;
using DakarCafe.Schema.Products;

namespace DakarCafe.Server.Tests.Cart;

public sealed class CartTests(PostgresServer postgres) : ShopTest(postgres)
{
    [Fact]
    public async Task Two_devices_of_one_user_see_each_others_cart_changes_live()
    {
        var roma = await CapsuleAsync("Roma", 3_500);
        var token = await SignInAsAsync("user");
        var phone = await ConnectAsync(token);
        var laptop = await ConnectAsync(token);
        var onLaptop = await laptop.SubscribeAsync(Api.Cart.GetCart, new NoArgs(), Within());
        await onLaptop.ResultAsync(Within());

        await phone.MutateAsync(Api.Cart.AddToCart, new CartItemArgs(roma, 2), Within());

        var cart = await onLaptop.WaitForAsync(c => c.ItemCount == 2, Within());
        cart.Subtotal.Should().Be(7_000);
        cart.Lines.Single().Should().BeEquivalentTo(new CartLine(roma, "Roma", null, 3_500, 2, 7_000, PriceChanged: false, StockShort: false));
    }

    [Fact]
    public async Task Adding_again_adds_up_updating_to_zero_removes_and_clearing_empties()
    {
        var (roma, cosi) = (await CapsuleAsync("Roma", 3_500), await CapsuleAsync("Cosi", 3_300));
        var shopper = await ConnectAsync(await SignInAsAsync("user"));

        await shopper.MutateAsync(Api.Cart.AddToCart, new CartItemArgs(roma, 1), Within());
        var added = await shopper.MutateAsync(Api.Cart.AddToCart, new CartItemArgs(roma, 2), Within());
        added.Lines.Single().Quantity.Should().Be(3);

        await shopper.MutateAsync(Api.Cart.AddToCart, new CartItemArgs(cosi, 1), Within());
        var updated = await shopper.MutateAsync(Api.Cart.UpdateCartItem, new CartItemArgs(roma, 0), Within());
        updated.Lines.Select(l => l.ProductId).Should().Equal(cosi);

        var removed = await shopper.MutateAsync(Api.Cart.RemoveFromCart, new CartProductArgs(cosi), Within());
        removed.ItemCount.Should().Be(0);

        await shopper.MutateAsync(Api.Cart.AddToCart, new CartItemArgs(cosi, 4), Within());
        (await shopper.MutateAsync(Api.Cart.ClearCart, new NoArgs(), Within())).Lines.Should().BeEmpty();
    }

    [Theory]
    [InlineData(0, "quantity")]
    [InlineData(-2, "quantity")]
    [InlineData(11, "quantity")]
    public async Task Bad_quantities_are_refused_naming_the_quantity_and_the_cart_is_unchanged(int quantity, string field)
    {
        var roma = await CapsuleAsync("Roma", 3_500, stock: 10);
        var shopper = await ConnectAsync(await SignInAsAsync("user"));
        await shopper.MutateAsync(Api.Cart.AddToCart, new CartItemArgs(roma, 1), Within());

        var adding = () => shopper.MutateAsync(Api.Cart.AddToCart, new CartItemArgs(roma, quantity), Within());

        var error = (await adding.Should().ThrowAsync<DakarCafeException>()).Which.Error;
        error.Code.Should().Be(ErrorCodes.Validation);
        error.Data.Should().Contain(field);
        (await shopper.QueryAsync(Api.Cart.GetCart, new NoArgs(), Within())).ItemCount.Should().Be(1);
    }

    [Fact]
    public async Task Unknown_and_deactivated_products_are_refused()
    {
        var gone = await CapsuleAsync("Gone", 3_000);
        await (await StaffAsync()).MutateAsync(Api.Products.SetActive, new SetActiveArgs(gone, false), Within());
        var shopper = await ConnectAsync(await SignInAsAsync("user"));

        var unknown = () => shopper.MutateAsync(Api.Cart.AddToCart, new CartItemArgs(Guid.NewGuid(), 1), Within());
        var inactive = () => shopper.MutateAsync(Api.Cart.AddToCart, new CartItemArgs(gone, 1), Within());
        var notInCart = () => shopper.MutateAsync(Api.Cart.RemoveFromCart, new CartProductArgs(gone), Within());

        (await unknown.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be("NOT_FOUND");
        (await inactive.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be("PRODUCT_UNAVAILABLE");
        (await notInCart.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be("NOT_FOUND");
    }

    [Fact]
    public async Task A_price_change_and_a_stock_shortage_show_on_the_cart_live()
    {
        var roma = await CapsuleAsync("Roma", 3_500, stock: 5);
        var shopper = await ConnectAsync(await SignInAsAsync("user"));
        var cart = await shopper.SubscribeAsync(Api.Cart.GetCart, new NoArgs(), Within());
        await shopper.MutateAsync(Api.Cart.AddToCart, new CartItemArgs(roma, 4), Within());

        await (await StaffAsync()).MutateAsync(Api.Products.SetPrice, new SetPriceArgs(roma, 3_900), Within());
        var repriced = await cart.WaitForAsync(c => c.Subtotal == 15_600, Within());
        repriced.Lines.Single().PriceChanged.Should().BeTrue();

        await (await StaffAsync()).MutateAsync(Api.Products.AdjustStock, new AdjustStockArgs(roma, -3), Within());
        (await cart.WaitForAsync(c => c.Lines.Single().StockShort, Within())).Lines.Single().Quantity.Should().Be(4);
    }

    [Fact]
    public async Task A_user_only_ever_sees_their_own_cart_and_anonymous_callers_none()
    {
        var roma = await CapsuleAsync("Roma", 3_500);
        var awa = await ConnectAsync(await SignInAsAsync("user"));
        var moussa = await ConnectAsync(await SignInAsAsync("user"));
        var anonymous = await ConnectAsync();
        await awa.MutateAsync(Api.Cart.AddToCart, new CartItemArgs(roma, 3), Within());

        (await moussa.QueryAsync(Api.Cart.GetCart, new NoArgs(), Within())).Lines.Should().BeEmpty();
        var peeking = () => anonymous.QueryAsync(Api.Cart.GetCart, new NoArgs(), Within());
        (await peeking.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be(ErrorCodes.AuthRequired);
    }
}
