using System.Text;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Products;

namespace DakarCafe.Probe;

/// <summary>Money and input: absurd amounts, hand-made cursors, strings PostgreSQL cannot store.</summary>
internal static class InputProbes
{
    private const string Category = "money & input";
    private const string Guid0 = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";

    private static readonly (string Name, string Function, string Args)[] Admin =
    [
        ("a price of 10^16 FCFA", "products:setPrice", """{"productId":"{id}","price":10000000000000000}"""),
        ("an original price of 2^63 - 1", "products:setPrice", """{"productId":"{id}","price":4000,"originalPrice":9223372036854775807}"""),
        ("stock raised by 2^31 - 1", "products:adjustStock", """{"productId":"{id}","delta":2147483647}"""),
        ("a negative price", "products:setPrice", """{"productId":"{id}","price":-5}"""),
    ];

    private static readonly (string Name, string Function, string Args)[] Anyone =
    [
        ("cursor Price|abc|id", "products:getProducts", $$"""{"sortBy":"price","cursor":"{{Cursor($"Price|abc|{Guid0}")}}"}"""),
        ("cursor Newest|-5|id", "products:getProducts", $$"""{"sortBy":"newest","cursor":"{{Cursor($"Newest|-5|{Guid0}")}}"}"""),
        ("cursor with an overflowing price", "products:getProducts", $$"""{"sortBy":"price","cursor":"{{Cursor($"Price|99999999999999999999|{Guid0}")}}"}"""),
        ("cursor with a NaN rating", "products:getProducts", $$"""{"sortBy":"rating","cursor":"{{Cursor($"Rating|NaN|{Guid0}")}}"}"""),
        ("NUL in a search", "products:getProducts", """{"search":"caf\u0000e"}"""),
        ("NUL in a slug", "products:getProduct", """{"slug":"a\u0000b"}"""),
        ("an unpaired surrogate in a search", "products:getProducts", """{"search":"\ud800"}"""),
        ("a limit of 2^31", "products:getProducts", """{"limit":2147483648}"""),
    ];

    public static IEnumerable<Probe> All =>
    [
        .. Admin.Select(a => new Probe(Category, a.Name, async (c, ct) =>
        {
            var product = await AProductAsync(c, ct);
            var result = await c.CallRawAsync(SyncHubMethods.Mutation, a.Function, a.Args.Replace("{id}", product.ToString(), StringComparison.Ordinal), c.AdminToken, ct);
            return ProbeContext.Refused(result, ErrorCodes.Validation);
        })),
        .. Anyone.Select(a => new Probe(Category, a.Name, async (c, ct) =>
            ProbeContext.Refused(await c.CallRawAsync(SyncHubMethods.Query, a.Function, a.Args, null, ct), ErrorCodes.Validation))),
        new(Category, "NUL in a profile name", async (c, ct) =>
        {
            var (_, shopper) = await c.NewUserAsync();
            return ProbeContext.Refused(await c.CallRawAsync(SyncHubMethods.Mutation, "users:updateProfile", """{"name":"Awa\u0000"}""", shopper.AccessToken, ct),
                ErrorCodes.Validation);
        }),
    ];

    private static string Cursor(string raw) => Convert.ToBase64String(Encoding.UTF8.GetBytes(raw)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static async Task<Guid> AProductAsync(ProbeContext context, CancellationToken ct)
    {
        await using var client = await context.ConnectAsync(null, ct);
        return (await client.QueryAsync(Api.Products.GetProducts, new GetProductsArgs(Limit: 1), ct)).Items[0].Id;
    }
}
