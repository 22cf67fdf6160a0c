using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Cart;
using DakarCafe.Schema.Products;

namespace DakarCafe.Client.Tests;

public sealed class TypedCallsTests(PostgresServer postgres) : ShopTest(postgres)
{
    [Fact]
    public async Task Queries_mutations_and_live_streams_are_typed_by_the_api_manifest()
    {
        var admin = await ConnectAsync(await SignInAsAsync("admin"));
        var id = await admin.MutateAsync(Api.Products.Create, TestProducts.Capsule("Roma", 3_500), Within());

        var product = await admin.QueryAsync(Api.Products.GetProduct, new GetProductArgs(Id: id), Within());
        var page = await admin.QueryAsync(Api.Products.GetProducts, new GetProductsArgs(Search: "Roma"), Within());

        product.Name.Should().Be("Roma");
        page.Items.Select(p => p.Id).Should().Equal(id);
    }

    [Fact]
    public async Task A_server_error_is_thrown_with_its_code_and_the_connection_stays_usable()
    {
        var shopper = await ConnectAsync(await SignInAsAsync("user"));

        var adding = () => shopper.MutateAsync(Api.Cart.AddToCart, new CartItemArgs(Guid.NewGuid(), 1), Within());

        (await adding.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be("NOT_FOUND");
        (await shopper.QueryAsync(Api.Cart.GetCart, new NoArgs(), Within())).ItemCount.Should().Be(0);
    }

    [Fact]
    public async Task Cancelling_a_call_ends_the_wait_with_an_operation_canceled_error()
    {
        var shopper = await ConnectAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var querying = () => shopper.QueryAsync(Api.Products.GetProducts, new GetProductsArgs(), cancelled.Token);

        await querying.Should().ThrowAsync<OperationCanceledException>();
        (await shopper.QueryAsync(Api.Products.GetProducts, new GetProductsArgs(), Within())).Total.Should().Be(0);
    }

    [Fact]
    public async Task Disposing_a_client_twice_is_harmless_and_a_call_after_it_fails_clearly()
    {
        var shopper = await ConnectAsync();

        await shopper.DisposeAsync();
        await shopper.DisposeAsync();

        var querying = () => shopper.QueryAsync(Api.Products.GetProducts, new GetProductsArgs(), Within());
        (await querying.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be(ErrorCodes.ClientClosed);
    }
}
