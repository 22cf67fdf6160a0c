using DakarCafe.Fixtures;
using DakarCafe.Schema;
using DakarCafe.Schema.Cart;
using DakarCafe.Schema.Products;

namespace DakarCafe.Client.Tests.Sync;

public sealed class ConsistentTransitionTests(PostgresServer postgres) : ShopTest(postgres)
{
    [Fact]
    public async Task Every_subscription_of_a_client_shows_the_same_version_after_each_transition()
    {
        var admin = await ConnectAsync(await SignInAsAsync("admin"));
        var product = await admin.MutateAsync(Api.Products.Create, TestProducts.Capsule("Roma", 3_500), Within());
        var shopper = await ConnectAsync(await SignInAsAsync("user"));
        await shopper.MutateAsync(Api.Cart.AddToCart, new CartItemArgs(product, 1), Within());
        var cart = await shopper.SubscribeAsync(Api.Cart.GetCart, new NoArgs(), Within());
        var info = await shopper.SubscribeAsync(Api.Products.SubscribeToProductChanges, new ProductIdArgs(product), Within());
        await Task.WhenAll(cart.ResultAsync(Within()), info.ResultAsync(Within()));
        var mismatches = new List<string>();
        var transitions = 0;
        shopper.TransitionApplied += version =>
        {
            transitions++;
            if (cart.Value!.Lines.Single().UnitPrice != info.Value!.Price)
            {
                mismatches.Add($"at {version}: cart {cart.Value.Lines.Single().UnitPrice}, product {info.Value.Price}");
            }
        };

        foreach (var price in new long[] { 3_600, 3_700, 3_800, 3_900, 4_000 })
        {
            await admin.MutateAsync(Api.Products.SetPrice, new SetPriceArgs(product, price, null), Within());
        }

        await info.WaitForAsync(i => i.Price == 4_000, Within());
        await cart.WaitForAsync(c => c.Lines.Single().UnitPrice == 4_000, Within());
        mismatches.Should().BeEmpty();
        transitions.Should().BePositive();
        cart.Version.Should().Be(info.Version);
    }
}
