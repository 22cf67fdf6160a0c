using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Cart;
using DakarCafe.Schema.Jobs;
using DakarCafe.Schema.Orders;
using DakarCafe.Schema.Products;

namespace DakarCafe.Probe;

/// <summary>Who may call what: another user's data, staff functions, internal functions, anonymous callers.</summary>
internal static class AccessProbes
{
    private const string Category = "access";

    public static IEnumerable<Probe> All =>
    [
        new(Category, "a shopper reads another shopper's order", AnotherUsersOrderAsync),
        new(Category, "a shopper sees another shopper's cart", AnotherUsersCartAsync),
        new(Category, "a shopper sets a price", (c, ct) => AsShopperAsync(c, (client, product) =>
            client.MutateAsync(Api.Products.SetPrice, new SetPriceArgs(product, 1), ct), ErrorCodes.Forbidden, ct)),
        new(Category, "a shopper lists the scheduled jobs", (c, ct) => AsShopperAsync(c, (client, _) =>
            client.QueryAsync(Api.Jobs.ListJobs, new ListJobsArgs(), ct), ErrorCodes.Forbidden, ct)),
        new(Category, "a shopper calls an internal function", InternalFunctionAsync),
        new(Category, "an anonymous caller reads a cart", async (c, ct) =>
        {
            await using var anonymous = await c.ConnectAsync(null, ct);
            return await ProbeContext.RefusedAsync(() => anonymous.QueryAsync(Api.Cart.GetCart, new NoArgs(), ct), ErrorCodes.AuthRequired);
        }),
    ];

    private static async Task<string?> AnotherUsersOrderAsync(ProbeContext context, CancellationToken ct)
    {
        var (_, owner) = await context.NewUserAsync();
        var (_, other) = await context.NewUserAsync();
        await using var ownerClient = await context.ConnectAsync(owner.AccessToken, ct);
        var product = await AProductAsync(ownerClient, ct);
        var order = await ownerClient.MutateAsync(Api.Orders.CreateOrder, new CreateOrderArgs(
            new DeliveryAddress("Rue 10", "Dakar", "Dakar", null, "Sénégal", "+221771234567"), PaymentMethod.CashOnDelivery, [new OrderItemInput(product, 1)]), ct);
        await using var otherClient = await context.ConnectAsync(other.AccessToken, ct);
        return await ProbeContext.RefusedAsync(() => otherClient.QueryAsync(Api.Orders.GetOrder, new OrderIdArgs(order.Id), ct), ErrorCodes.Forbidden, "NOT_FOUND");
    }

    private static async Task<string?> AnotherUsersCartAsync(ProbeContext context, CancellationToken ct)
    {
        var (_, owner) = await context.NewUserAsync();
        var (_, other) = await context.NewUserAsync();
        await using var ownerClient = await context.ConnectAsync(owner.AccessToken, ct);
        await ownerClient.MutateAsync(Api.Cart.AddToCart, new CartItemArgs(await AProductAsync(ownerClient, ct), 1), ct);
        await using var otherClient = await context.ConnectAsync(other.AccessToken, ct);
        var cart = await otherClient.QueryAsync(Api.Cart.GetCart, new NoArgs(), ct);
        return cart.Lines.Count == 0 ? null : "the other shopper's cart showed a line";
    }

    private static async Task<string?> InternalFunctionAsync(ProbeContext context, CancellationToken ct)
    {
        var (_, shopper) = await context.NewUserAsync();
        var result = await context.CallRawAsync(SyncHubMethods.Mutation, "notifications:recordAttempt", "{}", shopper.AccessToken, ct);
        return ProbeContext.Refused(result, ErrorCodes.UnknownFunction);
    }

    private static async Task<string?> AsShopperAsync(ProbeContext context, Func<Client.DakarCafeClient, Guid, Task> call, string code, CancellationToken ct)
    {
        var (_, shopper) = await context.NewUserAsync();
        await using var client = await context.ConnectAsync(shopper.AccessToken, ct);
        var product = await AProductAsync(client, ct);
        return await ProbeContext.RefusedAsync(() => call(client, product), code);
    }

    private static async Task<Guid> AProductAsync(Client.DakarCafeClient client, CancellationToken ct) =>
        (await client.QueryAsync(Api.Products.GetProducts, new GetProductsArgs(Category: ProductCategory.Capsules, Limit: 1), ct)).Items[0].Id;
}
