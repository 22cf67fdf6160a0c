using System.Text.Json;
using DakarCafe.Client;
using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;

namespace DakarCafe.Engine.Tests.Dashboard;

/// <summary>The data browser reads any document type live, and its edits go through the commit log to every client, audited.</summary>
public sealed class DataBrowserTests(PostgresServer postgres) : DashboardTest(postgres)
{
    private static readonly Guid Espresso = Guid.Parse("0193a000-0000-7000-8000-000000000001");
    private static readonly Guid Lungo = Guid.Parse("0193a000-0000-7000-8000-000000000002");
    private static readonly Guid Grinder = Guid.Parse("0193a000-0000-7000-8000-000000000003");

    [Fact]
    public async Task Tables_and_pages_are_filtered_sorted_counted_and_live()
    {
        var shopper = await UserAsync();
        await CreateItemsAsync(shopper);
        var admin = await AdminAsync();

        var tables = (await QueryAsync(admin, "tables", new { })).EnumerateArray().ToList();
        var item = tables.Single(t => t.GetProperty("name").GetString() == "Item");
        item.GetProperty("documents").GetInt64().Should().Be(3);
        item.GetProperty("fields").EnumerateArray().Select(f => f.GetString()).Should().Contain(["Id", "Category", "Name", "Price"]);
        tables.Select(t => t.GetProperty("name").GetString()).Should().Contain("ScheduledJob")
            .And.NotContain(["AuditEntry", "FunctionCallRecord"], "the dashboard's own records have their own views");

        var page = await QueryAsync(admin, "documents",
            new { table = "Item", filterField = "Category", filterValue = "capsules", sortField = "Price", descending = true, limit = 1 });
        page.GetProperty("total").GetInt64().Should().Be(2, "two items are capsules");
        var first = page.GetProperty("documents").EnumerateArray().Single();
        first.GetProperty("id").GetString().Should().Be(Lungo.ToString());
        first.GetProperty("data").GetProperty("Price").GetInt64().Should().Be(3_500, "the dearer capsule comes first");
        var second = await QueryAsync(admin, "documents",
            new { table = "Item", filterField = "Category", filterValue = "capsules", sortField = "Price", descending = true, limit = 1, offset = 1 });
        second.GetProperty("documents")[0].GetProperty("id").GetString().Should().Be(Espresso.ToString());

        var live = await admin.SubscribeAsync<JsonElement>("_dashboard:documents", new { table = "Item", sortField = "Name" }, Within());
        await live.ResultAsync(Within());
        live.Value.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("data").GetProperty("Name").GetString())
            .Should().Equal("Espresso", "Grinder", "Lungo");
        var changed = live.NextAsync(Within());
        await shopper.MutateAsync<long>("items:setPrice", new PriceChange(Grinder, 45_000), Within());
        await changed;
        live.Value.GetProperty("documents")[1].GetProperty("data").GetProperty("Price").GetInt64().Should().Be(45_000);
    }

    [Fact]
    public async Task A_bad_table_or_field_is_refused_with_the_argument_it_names()
    {
        var admin = await AdminAsync();

        (await RefusedAsync(() => QueryAsync(admin, "documents", new { table = "Nope" }))).Should().Be((ErrorCodes.NotFound, "table"));
        (await RefusedAsync(() => QueryAsync(admin, "documents", new { table = "Item", sortField = "Price; drop table x" })))
            .Should().Be((ErrorCodes.Validation, "sortField"));
        (await RefusedAsync(() => QueryAsync(admin, "documents", new { table = "Item", filterField = "price", filterValue = "1" })))
            .Should().Be((ErrorCodes.Validation, "filterField"));
        (await RefusedAsync(() => QueryAsync(admin, "documents", new { table = "Item", limit = 1_000 }))).Should().Be((ErrorCodes.Validation, "limit"));
        (await RefusedAsync(() => QueryAsync(admin, "documents", new { table = "AuditEntry" }))).Should().Be((ErrorCodes.NotFound, "table"));
    }

    [Fact]
    public async Task An_edit_reaches_live_queries_once_committed_and_is_audited_with_before_and_after()
    {
        var shopper = await UserAsync();
        await CreateItemsAsync(shopper);
        var watched = await shopper.SubscribeAsync<Item?>("items:get", new ItemId(Espresso), Within());
        await watched.ResultAsync(Within());
        var admin = await AdminAsync();
        var row = await QueryAsync(admin, "documents", new { table = "Item", filterField = "Id", filterValue = Espresso.ToString() });
        var data = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(row.GetProperty("documents")[0].GetProperty("data").GetRawText())!;
        data["Price"] = JsonSerializer.SerializeToElement(2_900);

        var changed = watched.NextAsync(Within());
        var saved = await MutateAsync(admin, "updateDocument", new { table = "Item", id = Espresso.ToString(), data });
        await changed;

        saved.GetProperty("data").GetProperty("Price").GetInt64().Should().Be(2_900);
        watched.Value!.Price.Should().Be(2_900, "the shopper's live query sees the admin's edit");
        var audit = (await QueryAsync(admin, "auditLog", new { })).GetProperty("entries").EnumerateArray().ToList();
        var entry = audit.Should().ContainSingle().Subject;
        entry.GetProperty("action").GetString().Should().Be("updateDocument");
        entry.GetProperty("target").GetString().Should().Be($"Item/{Espresso}");
        entry.GetProperty("actorId").GetString().Should().Be("ada");
        entry.GetProperty("before").GetProperty("Price").GetInt64().Should().Be(2_500);
        entry.GetProperty("after").GetProperty("Price").GetInt64().Should().Be(2_900);

        data["Price"] = JsonSerializer.SerializeToElement("cher");
        (await RefusedAsync(() => MutateAsync(admin, "updateDocument", new { table = "Item", id = Espresso.ToString(), data })))
            .Should().Be((ErrorCodes.Validation, "data.Price"));
        data["Price"] = JsonSerializer.SerializeToElement(3_000);
        data["Id"] = JsonSerializer.SerializeToElement(Lungo);
        (await RefusedAsync(() => MutateAsync(admin, "updateDocument", new { table = "Item", id = Espresso.ToString(), data })))
            .Should().Be((ErrorCodes.Validation, "data.Id"));
        (await shopper.QueryAsync<Item?>("items:get", new ItemId(Espresso), Within()))!.Price.Should().Be(2_900, "a refused edit changes nothing");
        (await shopper.QueryAsync<Item?>("items:get", new ItemId(Lungo), Within()))!.Price.Should().Be(3_500);

        var gone = watched.NextAsync(Within());
        (await MutateAsync(admin, "deleteDocument", new { table = "Item", id = Espresso.ToString() })).GetBoolean().Should().BeTrue();
        await gone;
        watched.Value.Should().BeNull();
        var entries = (await QueryAsync(admin, "auditLog", new { })).GetProperty("entries");
        entries[0].GetProperty("action").GetString().Should().Be("deleteDocument", "the newest entry comes first");
        entries[0].GetProperty("after").ValueKind.Should().Be(JsonValueKind.Null);
        (await RefusedAsync(() => MutateAsync(admin, "deleteDocument", new { table = "Item", id = Espresso.ToString() })))
            .Should().Be((ErrorCodes.NotFound, "id"));
    }

    private static async Task CreateItemsAsync(DakarCafeClient client)
    {
        await client.MutateAsync<Guid>("items:create", new NewItem(Espresso, "capsules", "Espresso", 2_500), Within());
        await client.MutateAsync<Guid>("items:create", new NewItem(Lungo, "capsules", "Lungo", 3_500), Within());
        await client.MutateAsync<Guid>("items:create", new NewItem(Grinder, "machines", "Grinder", 40_000), Within());
    }

    private static async Task<(string Code, string? Field)> RefusedAsync(Func<Task> call)
    {
        var error = (await call.Should().ThrowAsync<DakarCafeException>()).Which;
        return (error.Code, FieldOf(error));
    }

    private static string? FieldOf(DakarCafeException error) =>
        error.Error.Data is { } data && JsonDocument.Parse(data).RootElement.TryGetProperty("field", out var field) ? field.GetString() : null;
}
