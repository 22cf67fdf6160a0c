using DakarCafe.Fixtures;
using DakarCafe.Schema;
using DakarCafe.Schema.Cart;

namespace DakarCafe.Client.Tests.Sync;

public sealed class OptimisticUpdateTests(PostgresServer postgres) : ShopTest(postgres)
{
    /// <summary>What an app shows the moment "add to cart" is tapped: the line, before the server answers.</summary>
    private static void AddLine(OptimisticLocalStore store, CartItemArgs args)
    {
        var cart = store.GetQuery(Api.Cart.GetCart, new NoArgs());
        if (cart is not null)
        {
            var line = new CartLine(args.ProductId, "…", null, 0, args.Quantity, 0, false, false);
            store.SetQuery(Api.Cart.GetCart, new NoArgs(), cart with { Lines = [.. cart.Lines, line], ItemCount = cart.ItemCount + args.Quantity });
        }
    }

    private async Task<(DakarCafeClient Shopper, QuerySubscription<CartView> Cart, List<int> Counts, Guid Product)> ShopperWithCartAsync(int stock)
    {
        var admin = await ConnectAsync(await SignInAsAsync("admin"));
        var product = await admin.MutateAsync(Api.Products.Create, TestProducts.Capsule("Roma", 3_500, stock: stock), Within());
        var shopper = await ConnectAsync(await SignInAsAsync("user"));
        var cart = await shopper.SubscribeAsync(Api.Cart.GetCart, new NoArgs(), Within());
        await cart.ResultAsync(Within());
        var counts = new List<int> { cart.Value!.ItemCount };
        cart.Changed += c => counts.Add(c.Value!.ItemCount);
        return (shopper, cart, counts, product);
    }

    [Fact]
    public async Task An_optimistic_update_shows_at_once_and_gives_way_to_the_servers_value_without_flicker()
    {
        var (shopper, cart, counts, product) = await ShopperWithCartAsync(stock: 10);

        var adding = shopper.MutateAsync(Api.Cart.AddToCart, new CartItemArgs(product, 2), AddLine, Within());
        var shownAtOnce = cart.Value!;
        var confirmed = await adding;

        shownAtOnce.ItemCount.Should().Be(2, "the update applies before the server answers");
        shownAtOnce.Lines.Single().Name.Should().Be("…");
        cart.Value!.Should().BeEquivalentTo(confirmed, "once the mutation returns, the store holds the server's value");
        cart.Value!.Lines.Single().Name.Should().Be("Roma");
        counts.Should().Equal(0, 2, 2);
    }

    [Fact]
    public async Task A_failing_mutation_rolls_its_optimistic_update_back()
    {
        var (shopper, cart, counts, product) = await ShopperWithCartAsync(stock: 3);

        var adding = shopper.MutateAsync(Api.Cart.AddToCart, new CartItemArgs(product, 5), AddLine, Within());
        var shownAtOnce = cart.Value!.ItemCount;

        (await adding.Awaiting(a => a).Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be("VALIDATION_ERROR");
        shownAtOnce.Should().Be(5);
        cart.Value!.ItemCount.Should().Be(0);
        counts.Should().Equal(0, 5, 0);
    }

    [Fact]
    public async Task Updates_of_several_pending_mutations_stack_in_order_and_each_leaves_when_confirmed()
    {
        var (shopper, cart, counts, product) = await ShopperWithCartAsync(stock: 10);

        var first = shopper.MutateAsync(Api.Cart.AddToCart, new CartItemArgs(product, 1), AddLine, Within());
        var second = shopper.MutateAsync(Api.Cart.AddToCart, new CartItemArgs(product, 2), AddLine, Within());
        var shownAtOnce = cart.Value!.ItemCount;
        await Task.WhenAll(first, second);

        shownAtOnce.Should().Be(3);
        cart.Value!.ItemCount.Should().Be(3);
        counts.Should().OnlyContain(c => c == 0 || c == 1 || c == 3).And.EndWith(3).And.NotContain(2);
    }
}
