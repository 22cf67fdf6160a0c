using DakarCafe.Client;
using DakarCafe.Fixtures;
using DakarCafe.Schema;
using DakarCafe.Schema.Products;

namespace DakarCafe.Server.Tests.Products;

/// <summary>Writers racing for one unique slug: one wins, the others hear the function's own error, never an internal one.</summary>
public sealed class ConcurrentSlugTests(PostgresServer postgres) : ShopTest(postgres)
{
    [Fact]
    public async Task Products_created_at_once_with_one_slug_make_one_product_and_the_others_are_told_the_slug_is_taken()
    {
        const int racers = 8;
        var token = await SignInAsAsync("admin");
        var staff = await Task.WhenAll(Enumerable.Range(0, racers).Select(_ => ConnectAsync(token)));

        var outcomes = await Task.WhenAll(staff.Select(async (client, i) =>
        {
            try
            {
                return (Id: await client.MutateAsync(Api.Products.Create, TestProducts.Capsule($"Roma {i}", 3_500) with { Slug = "roma-race" }, Within()),
                    Code: (string?)null);
            }
            catch (DakarCafeException e)
            {
                return (Id: Guid.Empty, Code: e.Code);
            }
        }));

        outcomes.Where(o => o.Code is null).Should().ContainSingle("one product gets the slug");
        outcomes.Where(o => o.Code is not null).Select(o => o.Code).Should().AllBe("SLUG_TAKEN");
        var catalog = await staff[0].QueryAsync(Api.Products.GetProducts, new GetProductsArgs(Limit: 100), Within());
        catalog.Items.Where(p => p.Seo.Slug == "roma-race").Should().ContainSingle().Which.Id.Should().Be(outcomes.Single(o => o.Code is null).Id);
    }
}
