using System.IO.Compression;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using DakarCafe.Client;
using DakarCafe.Engine.Backup;
using DakarCafe.Engine.Dashboard;
using DakarCafe.Fixtures;
using DakarCafe.Schema;
using DakarCafe.Schema.Cart;
using DakarCafe.Schema.Files;
using DakarCafe.Schema.Orders;
using DakarCafe.Schema.Products;
using DakarCafe.Schema.Reviews;
using DakarCafe.Schema.Users;
using DakarCafe.Server.RecurringDeliveries;
using DakarCafe.Server.Tests.Orders;
using DakarCafe.Server.Users;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace DakarCafe.Server.Tests.Backups;

public sealed class ExportImportTests(PostgresServer postgres) : ShopTest(postgres)
{
    private string? _backups;

    private string Backups => _backups ??= TempFolder("backups");

    protected override IReadOnlyDictionary<string, string?> ServerSettings => new Dictionary<string, string?> { ["Backups:Folder"] = Backups };

    /// <summary>A second deployment: its own empty database and file folder.</summary>
    private async Task<ShopServer> FreshDeploymentAsync()
    {
        var server = Own(await ShopServer.StartAsync(await CreateDatabaseAsync("restored"),
            settings: new Dictionary<string, string?> { ["Engine:Files:Root"] = TempFolder("restored-files") }));
        return server;
    }

    /// <summary>A shop with products, a cart, an order moved on by staff, a review and an uploaded avatar; returns the customer's email.</summary>
    private async Task<(string Email, Guid Product, Guid Order, Guid Avatar)> ShopWithHistoryAsync()
    {
        var staff = await ConnectAsync(await SignInAsAsync("admin"));
        var product = await staff.MutateAsync(Api.Products.Create, TestProducts.Capsule("Kenya", 4_000, stock: 20), Within());
        await staff.MutateAsync(Api.Products.Create, TestProducts.Capsule("Roma", 3_500, stock: 5), Within());
        var email = await CreateAccountAsync("user");
        var customer = await ConnectAsync((await Tokens.PasswordGrantAsync(email, TestPassword)).Tokens!.AccessToken);
        var order = await customer.MutateAsync(Api.Orders.CreateOrder, TestOrders.Of((product, 2)), Within());
        await staff.MutateAsync(Api.Orders.UpdateOrderStatus, new UpdateOrderStatusArgs(order.Id, OrderStatus.Confirmed), Within());
        await customer.MutateAsync(Api.Cart.AddToCart, new CartItemArgs(product, 3), Within());
        await customer.MutateAsync(Api.Reviews.CreateReview, new CreateReviewArgs(product, 4, "Fruité"), Within());
        var url = await customer.MutateAsync(Api.Files.GenerateUploadUrl, new GenerateUploadUrlArgs(UploadPurpose.Avatar), Within());
        using var http = Server.CreateSocketClient();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4, 5];
        using var uploaded = await http.PostAsync(url.Url, new ByteArrayContent(png), Within());
        var avatar = (await uploaded.Content.ReadFromJsonAsync<JsonElement>(Within())).GetProperty("storageId").GetGuid();
        await customer.MutateAsync(Api.Users.UpdateProfile, new UpdateProfileArgs(Avatar: avatar.ToString()), Within());
        return (email, product, order.Id, avatar);
    }

    /// <summary>What the customer sees, as JSON: the same in both deployments after a round trip (but for when they last signed in).</summary>
    private static async Task<string> WhatTheCustomerSeesAsync(DakarCafeClient customer, Guid product, Guid order) => JsonSerializer.Serialize(new object?[]
    {
        (await customer.QueryAsync(Api.Users.GetCurrentUser, new NoArgs(), Within()))! with { LastLogin = null },
        await customer.QueryAsync(Api.Orders.GetOrder, new OrderIdArgs(order), Within()),
        await customer.QueryAsync(Api.Orders.GetUserOrders, new GetUserOrdersArgs(), Within()),
        await customer.QueryAsync(Api.Cart.GetCart, new NoArgs(), Within()),
        await customer.QueryAsync(Api.Products.GetProduct, new GetProductArgs(Id: product), Within()),
        await customer.QueryAsync(Api.Products.GetProducts, new GetProductsArgs(), Within()),
        await customer.QueryAsync(Api.Reviews.GetProductReviews, new GetProductReviewsArgs(product), Within()),
    });

    private async Task<DakarCafeClient> CustomerOnAsync(ShopServer server, string email) =>
        await ConnectAsync((await new TokenClient(server.CreateSocketClient()).PasswordGrantAsync(email, TestPassword)).Tokens!.AccessToken, server);

    [Fact]
    public async Task A_backup_imported_into_a_fresh_deployment_answers_every_query_the_same_and_serves_the_same_files()
    {
        var (email, product, order, avatar) = await ShopWithHistoryAsync();
        var before = await WhatTheCustomerSeesAsync(await CustomerOnAsync(Server, email), product, order);
        var staff = await ConnectAsync(await SignInAsAsync("admin"));
        var backup = await staff.ActionAsync(Api.Backups.BackupData, new NoArgs(), Within());
        var restored = await FreshDeploymentAsync();

        ArchiveImport imported;
        await using (var archive = File.OpenRead(Path.Combine(Backups, backup.FileName)))
        {
            imported = await restored.Services.GetRequiredService<DeploymentArchive>().ImportAsync(archive, replace: false, progress: null, Within());
        }

        var customer = await CustomerOnAsync(restored, email);
        var after = await WhatTheCustomerSeesAsync(customer, product, order);
        using var http = restored.CreateSocketClient();
        var next = await customer.MutateAsync(Api.Orders.CreateOrder, TestOrders.Of((product, 1)), Within());

        backup.Should().BeEquivalentTo(new { Files = 1 }, "the avatar's bytes are in the archive");
        backup.Rows.Should().Be(imported.Manifest.Rows).And.BeGreaterThan(10);
        imported.DataMigrationsRun.Should().BeEmpty("the backup's data had been through every data migration");
        after.Should().Be(before);
        (await http.GetByteArrayAsync($"/files/{avatar}", Within())).Should().Equal(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4, 5);
        string.CompareOrdinal(next.OrderNumber, (await customer.QueryAsync(Api.Orders.GetOrder, new OrderIdArgs(order), Within())).OrderNumber)
            .Should().BePositive("order numbers carry on from the restored sequence");
    }

    [Fact]
    public async Task A_damaged_truncated_or_foreign_archive_and_a_deployment_with_data_are_refused_before_anything_is_written()
    {
        var (email, product, order, _) = await ShopWithHistoryAsync();
        var good = await ExportAsync(Server);
        var damaged = (byte[])good.Clone();
        for (var i = good.Length / 3; i < good.Length / 3 + 64; i++)
        {
            damaged[i] ^= 0x5A;
        }

        var restored = await FreshDeploymentAsync();
        Func<Task> Import(byte[] bytes, bool replace = false, ShopServer? into = null) => () => ImportAsync(into ?? restored, bytes, replace);

        (await Import(damaged).Should().ThrowAsync<ArchiveException>()).Which.Message.Should().Contain("damaged");
        (await Import(good[..(good.Length / 2)]).Should().ThrowAsync<ArchiveException>()).Which.Message.Should().Contain("damaged");
        (await Import("not a zip at all"u8.ToArray()).Should().ThrowAsync<ArchiveException>()).Which.Message.Should().Contain("damaged");
        (await Import(good, into: Server).Should().ThrowAsync<ArchiveException>()).Which.Message.Should().Contain("not empty");
        var anonymous = await ConnectAsync(server: restored);
        (await anonymous.QueryAsync(Api.Products.GetProducts, new GetProductsArgs(), Within())).Items.Should().BeEmpty("nothing was written");
        (await new TokenClient(restored.CreateSocketClient()).PasswordGrantAsync(email, TestPassword)).Tokens.Should().BeNull();
        // A fresh deployment that has served a call has written its own bookkeeping (the dashboard's log): still empty.
        await Deadlines.UntilAsync(async () => await LoggedCallsAsync(restored) > 0, "the fresh deployment's first call in its log");

        await Import(good)();
        await Import(good, replace: true)();
        var customer = await CustomerOnAsync(restored, email);
        (await customer.QueryAsync(Api.Orders.GetOrder, new OrderIdArgs(order), Within())).Status.Should().Be(OrderStatus.Confirmed);
        (await customer.QueryAsync(Api.Products.GetProduct, new GetProductArgs(Id: product), Within())).ReviewCount.Should().Be(1);
    }

    [Fact]
    public async Task A_backup_restored_over_a_live_deployment_is_pushed_to_the_clients_watching_it()
    {
        var admin = await ConnectAsync(await SignInAsAsync("admin"));
        var id = await admin.MutateAsync(Api.Products.Create, TestProducts.Capsule("Livanto", 3_700, stock: 8), Within());
        var archive = Server.Services.GetRequiredService<DeploymentArchive>();
        using var backup = new MemoryStream();
        await archive.ExportAsync(backup, progress: null, Within());
        await admin.MutateAsync(Api.Products.SetPrice, new SetPriceArgs(id, 3_200, 3_700), Within());
        await admin.MutateAsync(Api.Products.AdjustStock, new AdjustStockArgs(id, -5), Within());
        var shopper = await ConnectAsync();
        var live = await shopper.SubscribeAsync(Api.Products.SubscribeToProductChanges, new ProductIdArgs(id), Within());
        await live.WaitForAsync(p => p.Price == 3_200 && p.Stock == 3, Within());

        var (insertsBefore, truncatesBefore) = await ProductTableLogAsync();

        backup.Position = 0;
        await archive.ImportAsync(backup, replace: true, progress: null, Within());

        (await live.WaitForAsync(p => p.Price == 3_700, Within())).Stock.Should().Be(8, "the restore rewrote the whole table, and its watchers hear of it");
        (await ProductTableLogAsync()).Should().Be((insertsBefore, truncatesBefore + 1),
            "the commit log holds the restore's truncate of the table, not each row copied back");
    }

    [Fact]
    public async Task An_archive_older_than_a_data_migration_is_migrated_as_it_is_imported_and_a_newer_one_is_not()
    {
        var email = await CreateAccountAsync("admin");
        // As the version before the roles migration could leave it: the admin's user document says "user", and the
        // migration that brings it level with the account has not run.
        await ExecuteAsync($"update public.mt_doc_user set data = jsonb_set(data, '{{Role}}', '0') where data ->> 'Email' = '{email}'; " +
            $"delete from dakarcafe.migrations where name = '{AccountMigrations.CopyRoles}'");
        var older = await ExportAsync(Server);
        var restored = await FreshDeploymentAsync();

        var imported = await ImportAsync(restored, older, replace: false);
        var roleAfterImport = (await (await CustomerOnAsync(restored, email)).QueryAsync(Api.Users.GetCurrentUser, new NoArgs(), Within()))!.Role;
        var newer = await ImportAsync(restored, await ExportAsync(restored), replace: true);
        var unrecorded = await ImportAsync(restored, WithoutMigrationRecord(older), replace: true);

        imported.Manifest.DataMigrations.Should().Contain(RecurringDeliveryMigrations.RenameJobs).And.NotContain(AccountMigrations.CopyRoles);
        imported.DataMigrationsRun.Should().Equal(AccountMigrations.CopyRoles);
        roleAfterImport.Should().Be(UserRole.Admin, "the migration ran on the imported documents");
        newer.Manifest.DataMigrations.Should().Contain(AccountMigrations.CopyRoles);
        newer.DataMigrationsRun.Should().BeEmpty("the archive's data had been through every migration");
        unrecorded.Manifest.DataMigrations.Should().BeNull();
        unrecorded.DataMigrationsRun.Should().Contain([AccountMigrations.CopyRoles, RecurringDeliveryMigrations.RenameJobs], "an archive that records none gets all")
            .And.BeInAscendingOrder(StringComparer.Ordinal);
    }

    private static async Task<byte[]> ExportAsync(ShopServer server)
    {
        using var archive = new MemoryStream();
        await server.Services.GetRequiredService<DeploymentArchive>().ExportAsync(archive, progress: null, Within());
        return archive.ToArray();
    }

    private static async Task<ArchiveImport> ImportAsync(ShopServer server, byte[] archive, bool replace)
    {
        await using var input = new MemoryStream(archive);
        return await server.Services.GetRequiredService<DeploymentArchive>().ImportAsync(input, replace, progress: null, Within());
    }

    /// <summary>The archive as an export wrote it before exports recorded their data migrations.</summary>
    private static byte[] WithoutMigrationRecord(byte[] archive)
    {
        using var copy = new MemoryStream();
        copy.Write(archive);
        using (var zip = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(ArchiveManifest.Entry)!;
            JsonObject manifest;
            using (var read = entry.Open())
            {
                manifest = JsonNode.Parse(read)!.AsObject();
            }

            manifest.Remove(nameof(ArchiveManifest.DataMigrations)).Should().BeTrue();
            entry.Delete();
            using var write = zip.CreateEntry(ArchiveManifest.Entry).Open();
            JsonSerializer.Serialize(write, manifest);
        }

        return copy.ToArray();
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(Within());
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Within());
    }

    /// <summary>The row inserts and truncates of the product table in the commit log.</summary>
    private async Task<(long Inserts, long Truncates)> ProductTableLogAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(Within());
        await using var command = new Npgsql.NpgsqlCommand(
            "select count(*) filter (where op = 'I'), count(*) filter (where op = 'T') from dakarcafe.writes where table_name = 'public.mt_doc_product'", connection);
        await using var reader = await command.ExecuteReaderAsync(Within());
        await reader.ReadAsync(Within());
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private static async Task<int> LoggedCallsAsync(ShopServer server)
    {
        await using var session = server.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.Query<FunctionCallRecord>().CountAsync(Within());
    }
}
