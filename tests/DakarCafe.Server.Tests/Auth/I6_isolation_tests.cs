using DakarCafe.Client;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Cart;
using DakarCafe.Schema.Orders;
using DakarCafe.Schema.Reviews;
using DakarCafe.Schema.Users;
using DakarCafe.Server.Tests.Orders;

namespace DakarCafe.Server.Tests.Auth;

/// <summary>I6: a user reads and changes only what the rules allow; a denied call gets an error, never data.</summary>
public sealed class I6_isolation_tests(PostgresServer postgres) : ShopTest(postgres)
{
    [Fact]
    public async Task Every_attempt_on_another_users_data_is_denied_without_leaking_it()
    {
        var admin = await ConnectAsync(await SignInAsAsync("admin"));
        var product = await admin.MutateAsync(Api.Products.Create, TestProducts.Capsule("Roma", 3_500), Within());
        var awa = await ConnectAsync(await SignInAsAsync("user", "awa.i6@example.sn"));
        var awaUser = (await awa.QueryAsync(Api.Users.GetCurrentUser, new NoArgs(), Within()))!;
        var herOrder = await awa.MutateAsync(Api.Orders.CreateOrder, TestOrders.Of((product, 1)), Within());
        await awa.MutateAsync(Api.Cart.AddToCart, new CartItemArgs(product, 2), Within());
        var herAddress = (await awa.MutateAsync(Api.Users.AddAddress, new AddressInput(AddressType.Home, "Rue 10, Médina", "Dakar", "Dakar"), Within())).Addresses.Single().Id;
        var herReview = await awa.MutateAsync(Api.Reviews.CreateReview, new CreateReviewArgs(product, 5, "Awa adore"), Within());
        var moussa = await ConnectAsync(await SignInAsAsync("user", "moussa.i6@example.sn"));

        var attempts = new (string What, Func<Task> Attempt, string Code)[]
        {
            ("read her profile", () => moussa.QueryAsync(Api.Users.GetUserProfile, new GetUserProfileArgs(awaUser.Id), Within()), ErrorCodes.Forbidden),
            ("change a line of her cart", () => moussa.MutateAsync(Api.Cart.UpdateCartItem, new CartItemArgs(product, 5), Within()), "NOT_FOUND"),
            ("remove from her cart", () => moussa.MutateAsync(Api.Cart.RemoveFromCart, new CartProductArgs(product), Within()), "NOT_FOUND"),
            ("remove her address", () => moussa.MutateAsync(Api.Users.RemoveAddress, new AddressIdArgs(herAddress), Within()), "NOT_FOUND"),
            ("read her order", () => moussa.QueryAsync(Api.Orders.GetOrder, new OrderIdArgs(herOrder.Id), Within()), "NOT_FOUND"),
            ("list her orders", () => moussa.QueryAsync(Api.Orders.GetUserOrders, new GetUserOrdersArgs(awaUser.Id), Within()), ErrorCodes.Forbidden),
            ("cancel her order", () => moussa.MutateAsync(Api.Orders.CancelOrder, new CancelOrderArgs(herOrder.Id, "no"), Within()), "NOT_FOUND"),
            ("list every order", () => moussa.QueryAsync(Api.Orders.ListOrders, new ListOrdersArgs(), Within()), ErrorCodes.Forbidden),
            ("rewrite her review", () => moussa.MutateAsync(Api.Reviews.UpdateReview, new UpdateReviewArgs(herReview.Id, 1, "Nul"), Within()), "NOT_FOUND"),
            ("hide her review", () => moussa.MutateAsync(Api.Reviews.ModerateReview, new ModerateReviewArgs(herReview.Id, false, "no"), Within()),
                ErrorCodes.Forbidden),
            ("list reviews with their authors", () => moussa.QueryAsync(Api.Reviews.ListReviews, new ListReviewsArgs(), Within()), ErrorCodes.Forbidden),
        };
        foreach (var (what, attempt, code) in attempts)
        {
            var error = (await attempt.Should().ThrowAsync<DakarCafeException>($"Moussa may not {what}")).Which.Error;
            error.Code.Should().Be(code, what);
            $"{error.Message} {error.Data}".Should().NotContain("awa").And.NotContain("Médina", what).And.NotContain(herOrder.OrderNumber, what);
        }

        var watched = await moussa.SubscribeAsync(Api.Users.GetUserProfile, new GetUserProfileArgs(awaUser.Id), Within());
        await watched.ResultAsync(Within());
        watched.Error!.Code.Should().Be(ErrorCodes.Forbidden);
        watched.Value.Should().BeNull("a denied subscription gets an error, never data");

        var herCart = await awa.QueryAsync(Api.Cart.GetCart, new NoArgs(), Within());
        herCart.ItemCount.Should().Be(2, "nothing Moussa tried changed Awa's cart");
        (await awa.QueryAsync(Api.Orders.GetOrder, new OrderIdArgs(herOrder.Id), Within())).Status.Should().Be(OrderStatus.Pending);
        (await awa.QueryAsync(Api.Users.GetCurrentUser, new NoArgs(), Within()))!.Addresses.Should().ContainSingle(a => a.Id == herAddress);
        (await moussa.QueryAsync(Api.Cart.GetCart, new NoArgs(), Within())).Lines.Should().BeEmpty();
        (await awa.QueryAsync(Api.Reviews.GetMyReviews, new NoArgs(), Within())).Should().ContainSingle()
            .Which.Should().BeEquivalentTo(new { Rating = 5, Title = "Awa adore", IsVisible = true });
        (await moussa.QueryAsync(Api.Reviews.GetMyReviews, new NoArgs(), Within())).Should().BeEmpty();
    }
}
