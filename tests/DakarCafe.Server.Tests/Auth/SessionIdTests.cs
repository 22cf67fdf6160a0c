using System.Text.Json;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Cart;

namespace DakarCafe.Server.Tests.Auth;

/// <summary>A client session id is the client's own: another user claiming it gets neither its results nor a live slot.</summary>
public sealed class SessionIdTests(PostgresServer postgres) : ShopTest(postgres)
{
    [Fact]
    public async Task Another_user_claiming_a_session_id_is_refused_while_it_is_live_and_never_gets_its_results()
    {
        var admin = await ConnectAsync(await SignInAsAsync("admin"));
        var (roma, cosi) = (await admin.MutateAsync(Api.Products.Create, TestProducts.Capsule("Roma", 3_500), Within()),
            await admin.MutateAsync(Api.Products.Create, TestProducts.Capsule("Cosi", 3_300), Within()));
        var (awa, moussa) = (await SignInAsAsync("user"), await SignInAsAsync("user"));
        const string shared = "S";

        await using (var first = await RawSyncConnection.ConnectAsync(Server.BaseAddress, shared, accessToken: awa))
        {
            (await first.MutateAsync(1, "cart:addToCart", new CartItemArgs(roma, 1))).Error.Should().BeNull();
            await using var intruder = await RawSyncConnection.OpenAsync(Server.BaseAddress, accessToken: moussa);
            var refused = await intruder.HandshakeAsync(shared);
            refused.Error.Should().NotBeNull("the session id is live on another user's connection");
            refused.Error!.Code.Should().Be(ErrorCodes.BadRequest);
            (await intruder.HandshakeAsync("moussa-own")).Error.Should().BeNull("the connection stays usable");
        }

        await using var later = await RawSyncConnection.ConnectAsync(Server.BaseAddress, shared, accessToken: moussa);
        var answer = await later.MutateAsync(1, "cart:addToCart", new CartItemArgs(cosi, 2));

        answer.Error.Should().BeNull();
        var cart = JsonSerializer.Deserialize<CartView>(answer.Value!, WireJson.Options)!;
        cart.Lines.Should().ContainSingle().Which.Should().BeEquivalentTo(new { ProductId = cosi, Quantity = 2 },
            "request 1 of the same session id is a new request for another user: it runs, and answers with that user's cart");
        var awaCart = await (await ConnectAsync(awa)).QueryAsync(Api.Cart.GetCart, new NoArgs(), Within());
        awaCart.Lines.Should().ContainSingle().Which.Should().BeEquivalentTo(new { ProductId = roma, Quantity = 1 });
    }
}
