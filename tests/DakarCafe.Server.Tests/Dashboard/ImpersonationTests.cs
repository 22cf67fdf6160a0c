using System.Text.Json;
using DakarCafe.Client;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Cart;

namespace DakarCafe.Server.Tests.Dashboard;

/// <summary>The runner acting as another user: audited, live for a query, applied as them for a mutation, and only ever what they may do.</summary>
public sealed class ImpersonationTests(PostgresServer postgres) : ShopTest(postgres)
{
    [Fact]
    public async Task An_admin_follows_a_users_cart_live_as_them_and_adds_to_it_as_them()
    {
        var admin = await StaffAsync();
        var capsule = await CapsuleAsync("Kazaar", 4_500);
        var shopper = await ConnectAsync(await SignInAsAsync("user", "ndeye.cart@example.sn"));
        var userId = (await shopper.QueryAsync(Api.Users.GetCurrentUser, new NoArgs(), Within()))!.Id;
        var theirCart = await shopper.SubscribeAsync(Api.Cart.GetCart, new NoArgs(), Within());
        await theirCart.ResultAsync(Within());

        var reading = await GrantAsync(admin, userId, "cart:getCart");
        var asThem = await admin.SubscribeAsync<JsonElement>("_dashboard:queryAs", new { grantId = reading, args = new { } }, Within());
        await asThem.ResultAsync(Within());
        asThem.Value.GetProperty("itemCount").GetInt32().Should().Be(0, "it is the shopper's cart, not the admin's");
        var moved = asThem.NextAsync(Within());
        await shopper.MutateAsync(Api.Cart.AddToCart, new CartItemArgs(capsule, 2), Within());
        await moved;
        asThem.Value.GetProperty("itemCount").GetInt32().Should().Be(2, "the query run as the shopper is live");

        var writing = await GrantAsync(admin, userId, "cart:addToCart");
        var theirs = theirCart.NextAsync(Within());
        var added = await admin.ActionAsync<JsonElement>("_dashboard:runAs", new { grantId = writing, args = new { productId = capsule, quantity = 1 } }, Within());
        await theirs;

        added.GetProperty("itemCount").GetInt32().Should().Be(3);
        theirCart.Value!.ItemCount.Should().Be(3, "the mutation ran as the shopper, on their cart");
        (await admin.QueryAsync(Api.Cart.GetCart, new NoArgs(), Within())).ItemCount.Should().Be(0, "the admin's own cart is untouched");
        var audit = (await admin.QueryAsync<JsonElement>("_dashboard:auditLog", new { }, Within())).GetProperty("entries");
        audit.EnumerateArray().Select(e => (e.GetProperty("action").GetString(), e.GetProperty("target").GetString()))
            .Should().StartWith([("impersonate", $"cart:addToCart as {userId}"), ("impersonate", $"cart:getCart as {userId}")]);
    }

    [Fact]
    public async Task Acting_as_a_user_allows_only_what_they_may_do_and_a_grant_is_its_admins_alone()
    {
        var admin = await StaffAsync();
        var otherAdmin = await ConnectAsync(await SignInAsAsync("admin"));
        var shopper = await ConnectAsync(await SignInAsAsync("user"));
        var userId = (await shopper.QueryAsync(Api.Users.GetCurrentUser, new NoArgs(), Within()))!.Id;

        var staffOnly = await GrantAsync(admin, userId, "jobs:listJobs");
        var refused = () => admin.QueryAsync<JsonElement>("_dashboard:queryAs", new { grantId = staffOnly, args = new { } }, Within());
        (await refused.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be(ErrorCodes.Forbidden, "the shopper may not list jobs");
        var stolen = () => otherAdmin.QueryAsync<JsonElement>("_dashboard:queryAs", new { grantId = staffOnly, args = new { } }, Within());
        (await stolen.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be(ErrorCodes.NotFound);
        foreach (var hidden in new[] { "auth:accountChanged", "_dashboard:tables", "nope:nothing" })
        {
            var granting = () => GrantAsync(admin, userId, hidden);
            (await granting.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be(ErrorCodes.NotFound, hidden);
        }

        var nobody = () => GrantAsync(admin, Guid.NewGuid(), "cart:getCart");
        (await nobody.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be(ErrorCodes.NotFound);
    }

    private static async Task<Guid> GrantAsync(DakarCafeClient admin, Guid userId, string function) =>
        (await admin.ActionAsync<JsonElement>("_dashboard:impersonate", new { userId = userId.ToString(), function }, Within())).GetProperty("grantId").GetGuid();
}
