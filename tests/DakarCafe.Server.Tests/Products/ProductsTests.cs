using DakarCafe.Client;
using DakarCafe.Engine.Metrics;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Products;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace DakarCafe.Server.Tests.Products;

public sealed class ProductsTests(PostgresServer postgres) : ShopTest(postgres)
{
    [Fact]
    public async Task Shoppers_see_active_products_of_a_category_and_never_a_deactivated_one()
    {
        var admin = await ConnectAsync(await SignInAsAsync("admin"));
        var shopper = await ConnectAsync();
        var kept = await admin.MutateAsync(Api.Products.Create, TestProducts.Capsule("Roma", 3_500), Within());
        var hidden = await admin.MutateAsync(Api.Products.Create, TestProducts.Capsule("Cosi", 3_300), Within());
        await admin.MutateAsync(Api.Products.Create, TestProducts.Machine("Pixie", 119_000), Within());

        await admin.MutateAsync(Api.Products.SetActive, new SetActiveArgs(hidden, false), Within());
        var page = await shopper.QueryAsync(Api.Products.GetProducts, new GetProductsArgs(Category: ProductCategory.Capsules), Within());

        page.Items.Select(p => p.Id).Should().Equal(kept);
        page.Total.Should().Be(1);
        var fetching = () => shopper.QueryAsync(Api.Products.GetProduct, new GetProductArgs(Id: hidden), Within());
        (await fetching.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be("NOT_FOUND");
        (await admin.QueryAsync(Api.Products.GetProduct, new GetProductArgs(Id: hidden), Within())).IsActive.Should().BeFalse();
    }

    [Fact]
    public async Task A_product_is_found_by_its_slug()
    {
        var admin = await ConnectAsync(await SignInAsAsync("admin"));
        var input = TestProducts.Capsule("Livanto", 3_500);
        var id = await admin.MutateAsync(Api.Products.Create, input, Within());

        var found = await admin.QueryAsync(Api.Products.GetProduct, new GetProductArgs(Slug: input.Slug), Within());

        found.Id.Should().Be(id);
    }

    [Fact]
    public async Task Paging_by_cursor_is_stable_under_inserts_and_handles_equal_prices()
    {
        var admin = await ConnectAsync(await SignInAsAsync("admin"));
        var prices = new long[] { 3_000, 3_500, 3_500, 3_500, 4_000, 4_500, 5_000 };
        foreach (var (price, i) in prices.Select((p, i) => (p, i)))
        {
            await admin.MutateAsync(Api.Products.Create, TestProducts.Capsule($"Capsule {i}", price), Within());
        }

        var first = await admin.QueryAsync(Api.Products.GetProducts, new GetProductsArgs(SortBy: ProductSort.Price, Limit: 3), Within());
        await admin.MutateAsync(Api.Products.Create, TestProducts.Capsule("Cheaper newcomer", 1_000), Within());
        var second = await admin.QueryAsync(Api.Products.GetProducts, new GetProductsArgs(SortBy: ProductSort.Price, Limit: 3, Cursor: first.NextCursor), Within());
        var third = await admin.QueryAsync(Api.Products.GetProducts, new GetProductsArgs(SortBy: ProductSort.Price, Limit: 3, Cursor: second.NextCursor), Within());

        var all = first.Items.Concat(second.Items).Concat(third.Items).ToList();
        all.Select(p => p.Name).Should().OnlyHaveUniqueItems().And.HaveCount(7, "the newcomer sorts before the cursor, so it neither shifts nor repeats later pages");
        all.Select(p => p.Price).Should().BeInAscendingOrder();
        third.NextCursor.Should().BeNull();
    }

    [Theory]
    [InlineData("intense")]
    [InlineData("café")]
    public async Task Search_finds_a_product_by_a_French_word_of_its_description(string word)
    {
        var admin = await ConnectAsync(await SignInAsAsync("admin"));
        var wanted = await admin.MutateAsync(Api.Products.Create, TestProducts.Capsule("Kazaar", 4_200, "un café intense et corsé"), Within());
        await admin.MutateAsync(Api.Products.Create, TestProducts.Capsule("Volluto", 3_400, "un thé doux et fruité"), Within());

        var page = await admin.QueryAsync(Api.Products.GetProducts, new GetProductsArgs(Search: word), Within());

        page.Items.Select(p => p.Id).Should().Equal(wanted);
    }

    [Fact]
    public async Task Search_is_served_by_the_full_text_index()
    {
        await using var session = Server.Services.GetRequiredService<Marten.IDocumentStore>().QuerySession();
        var search = session.Query<Product>().Where(p => p.IsActive && p.PlainTextSearch("intense", "simple")).ToCommand();
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(Within());
        await using (var noSeqScan = new Npgsql.NpgsqlCommand("set enable_seqscan = off", connection))
        {
            await noSeqScan.ExecuteNonQueryAsync(Within());
        }

        await using var plan = new Npgsql.NpgsqlCommand("explain " + search.CommandText, connection);
        foreach (Npgsql.NpgsqlParameter parameter in search.Parameters)
        {
            plan.Parameters.Add(parameter.Clone());
        }

        var lines = new List<string>();
        await using (var reader = await plan.ExecuteReaderAsync(Within()))
        {
            while (await reader.ReadAsync(Within()))
            {
                lines.Add(reader.GetString(0));
            }
        }

        lines.Should().Contain(l => l.Contains("mt_product_search", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("priceRange", """{"priceRange":{"min":5000,"max":1000}}""")]
    [InlineData("limit", """{"limit":101}""")]
    [InlineData("offset", """{"offset":-1}""")]
    [InlineData("cursor", """{"cursor":"not-a-cursor"}""")]
    [InlineData("sortBy", """{"sortBy":"cheapest"}""")]
    [InlineData("cursor", """{"sortBy":"price","cursor":"UHJpY2V8YWJjfDNmMjUwNGUwLTRmODktMTFkMy05YTBjLTAzMDVlODJjMzMwMQ"}""")]
    [InlineData("cursor", """{"sortBy":"newest","cursor":"TmV3ZXN0fC01fDNmMjUwNGUwLTRmODktMTFkMy05YTBjLTAzMDVlODJjMzMwMQ"}""")]
    [InlineData("cursor", """{"sortBy":"price","cursor":"UHJpY2V8OTk5OTk5OTk5OTk5OTk5OTk5OTl8M2YyNTA0ZTAtNGY4OS0xMWQzLTlhMGMtMDMwNWU4MmMzMzAx"}""")]
    [InlineData("cursor", """{"sortBy":"rating","cursor":"UmF0aW5nfE5hTnwzZjI1MDRlMC00Zjg5LTExZDMtOWEwYy0wMzA1ZTgyYzMzMDE"}""")]
    [InlineData("search", """{"search":"caf\u0000e"}""")]
    public async Task Bad_listing_arguments_answer_VALIDATION_ERROR_naming_the_field(string field, string args)
    {
        await using var raw = await RawSyncConnection.ConnectAsync(Server.BaseAddress, "bad-list");

        var result = await Microsoft.AspNetCore.SignalR.Client.HubConnectionExtensions.InvokeAsync<FunctionResult>(
            raw.Hub, SyncHubMethods.Query, new FunctionCall(1, "products:getProducts", args), Within());

        result.Error!.Code.Should().Be(ErrorCodes.Validation);
        result.Error.Data.Should().Contain(field);
    }

    [Fact]
    public async Task A_malformed_slug_and_an_unknown_id_are_refused_by_name()
    {
        var shopper = await ConnectAsync();

        var badSlug = () => shopper.QueryAsync(Api.Products.GetProduct, new GetProductArgs(Slug: "Not A Slug!"), Within());
        var unknown = () => shopper.QueryAsync(Api.Products.GetProduct, new GetProductArgs(Id: Guid.NewGuid()), Within());

        (await badSlug.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be(ErrorCodes.Validation);
        (await unknown.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be("NOT_FOUND");
    }

    [Fact]
    public async Task A_shopper_watching_a_product_sees_its_price_change_and_it_going_out_of_stock()
    {
        var admin = await ConnectAsync(await SignInAsAsync("admin"));
        var id = await admin.MutateAsync(Api.Products.Create, TestProducts.Capsule("Arpeggio", 3_700, stock: 3), Within());
        var shopper = await ConnectAsync();
        var live = await shopper.SubscribeAsync(Api.Products.SubscribeToProductChanges, new ProductIdArgs(id), Within());
        await live.WaitForAsync(p => p.Price == 3_700, Within());

        await admin.MutateAsync(Api.Products.SetPrice, new SetPriceArgs(id, 3_200, 3_700), Within());
        (await live.WaitForAsync(p => p.Price == 3_200, Within())).OriginalPrice.Should().Be(3_700);

        await admin.MutateAsync(Api.Products.AdjustStock, new AdjustStockArgs(id, -3), Within());
        (await live.WaitForAsync(p => p.Stock == 0, Within())).Availability.Should().Be(Availability.OutOfStock);
    }

    [Fact]
    public async Task A_shopper_watching_capsules_gets_no_push_when_a_machine_changes()
    {
        var admin = await ConnectAsync(await SignInAsAsync("admin"));
        await admin.MutateAsync(Api.Products.Create, TestProducts.Capsule("Ristretto", 3_900), Within());
        var machine = await admin.MutateAsync(Api.Products.Create, TestProducts.Machine("Essenza", 89_000), Within());
        var shopper = await ConnectAsync();
        var capsules = await shopper.SubscribeAsync(Api.Products.GetProducts, new GetProductsArgs(Category: ProductCategory.Capsules), Within());
        await capsules.WaitForAsync(p => p.Total == 1, Within());
        var pushes = 0;
        capsules.Changed += _ => Interlocked.Increment(ref pushes);
        using var metrics = new MetricsRecorder(Server.Services.GetRequiredService<EngineMetrics>());

        await admin.MutateAsync(Api.Products.SetPrice, new SetPriceArgs(machine, 79_000), Within());
        await admin.MutateAsync(Api.Products.AdjustStock, new AdjustStockArgs(machine, -1), Within());

        pushes.Should().Be(0);
        metrics.QueryExecutions.Should().Be(0, "the capsule listing's reads do not cover machines");
    }

    [Fact]
    public async Task Admin_mutations_refuse_shoppers_and_anonymous_callers()
    {
        var shopper = await ConnectAsync(await SignInAsAsync("user"));
        var anonymous = await ConnectAsync();

        var asShopper = () => shopper.MutateAsync(Api.Products.Create, TestProducts.Capsule("Nope", 1_000), Within());
        var asAnonymous = () => anonymous.MutateAsync(Api.Products.Create, TestProducts.Capsule("Nope", 1_000), Within());

        (await asShopper.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be(ErrorCodes.Forbidden);
        (await asAnonymous.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be(ErrorCodes.AuthRequired);
        (await anonymous.QueryAsync(Api.Products.GetProducts, new GetProductsArgs(), Within())).Total.Should().Be(0, "nothing was written");
    }

    [Fact]
    public async Task Bad_admin_input_is_refused_and_writes_nothing()
    {
        var admin = await ConnectAsync(await SignInAsAsync("admin"));
        var id = await admin.MutateAsync(Api.Products.Create, TestProducts.Capsule("Dharkan", 4_100, stock: 2), Within());

        var negativePrice = () => admin.MutateAsync(Api.Products.SetPrice, new SetPriceArgs(id, -5), Within());
        var tooMuchOut = () => admin.MutateAsync(Api.Products.AdjustStock, new AdjustStockArgs(id, -3), Within());
        var unknown = () => admin.MutateAsync(Api.Products.SetPrice, new SetPriceArgs(Guid.NewGuid(), 1_000), Within());
        var absurdPrice = () => admin.MutateAsync(Api.Products.SetPrice, new SetPriceArgs(id, 10_000_000_000_000_000), Within());
        var absurdOriginal = () => admin.MutateAsync(Api.Products.SetPrice, new SetPriceArgs(id, 4_000, long.MaxValue), Within());
        var tooMuchIn = () => admin.MutateAsync(Api.Products.AdjustStock, new AdjustStockArgs(id, int.MaxValue), Within());
        var absurdStock = () => admin.MutateAsync(Api.Products.Create, TestProducts.Capsule("Kazaar", 4_300, stock: 2_000_000), Within());

        (await negativePrice.Should().ThrowAsync<DakarCafeException>()).Which.Error.Data.Should().Contain("price");
        (await tooMuchOut.Should().ThrowAsync<DakarCafeException>()).Which.Error.Data.Should().Contain("delta");
        (await absurdPrice.Should().ThrowAsync<DakarCafeException>()).Which.Error.Should().Match<ErrorInfo>(e => e.Code == ErrorCodes.Validation && e.Data!.Contains("price"));
        (await absurdOriginal.Should().ThrowAsync<DakarCafeException>()).Which.Error.Data.Should().Contain("originalPrice");
        (await tooMuchIn.Should().ThrowAsync<DakarCafeException>()).Which.Error.Data.Should().Contain("delta");
        (await absurdStock.Should().ThrowAsync<DakarCafeException>()).Which.Error.Data.Should().Contain("inventory.stock");
        (await unknown.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be("NOT_FOUND");
        var product = await admin.QueryAsync(Api.Products.GetProduct, new GetProductArgs(Id: id), Within());
        (product.Price, product.Inventory.Stock).Should().Be((4_100L, 2));
    }
}
