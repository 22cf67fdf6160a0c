using System.Diagnostics;
using System.Globalization;
using System.Net;
using DakarCafe.Client;
using DakarCafe.Fixtures;
using DakarCafe.Schema;
using DakarCafe.Schema.Orders;
using DakarCafe.Schema.Products;
using DakarCafe.Schema.RecurringDeliveries;
using DakarCafe.Server.SampleData;
using DakarCafe.Server.Tests.Orders;
using Npgsql;

namespace DakarCafe.Server.Tests.Cli;

/// <summary>The <c>dakarcafe</c> CLI, run as a process against this test's PostgreSQL, as an operator runs it.</summary>
public sealed class CliTests(PostgresServer postgres) : ShopTest(postgres)
{
    private static readonly string CliDll = RepositoryFolders.CliDll;

    /// <summary>A deployment command on the shop (its server as this test run built it), from a folder outside the repository.</summary>
    private Task<(int ExitCode, string Output)> RunAsync(params string[] arguments) => RunInAsync(TempFolder("cli"), OnTheShop(arguments));

    private Task<(int ExitCode, string Output)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        RunInAsync(TempFolder("cli"), OnTheShop(arguments), environment);

    private static string[] OnTheShop(string[] arguments) =>
        [.. arguments, "--app", RepositoryFolders.Root, "--no-build", "-c", RepositoryFolders.Configuration];

    private Task<(int ExitCode, string Output)> RunInAsync(string folder, params string[] arguments) => RunInAsync(folder, arguments, environment: null);

    private async Task<(int ExitCode, string Output)> RunInAsync(string folder, string[] arguments, IReadOnlyDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo("dotnet", [CliDll, .. arguments])
        {
            WorkingDirectory = folder,
            // The databases these tests give the CLI are fresh: their schema is made at start, as in development.
            Environment = { ["Engine__Files__Root"] = FilesRoot, ["COLUMNS"] = "200", ["Engine__Schema__AutoCreate"] = "true" },
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        await using var cli = TestProcess.Start(start);
        var exitCode = await cli.ExitCodeAsync(Within(TimeSpan.FromMinutes(2)));
        return (exitCode, string.Join('\n', cli.Lines));
    }

    /// <summary><c>dakarcafe dev</c> serving on a free loopback port, with its database in a folder of this test.</summary>
    private ProcessStartInfo Dev(string contentRoot) =>
        new("dotnet", [CliDll, "dev", "--urls", $"http://127.0.0.1:{TestPorts.FreeLoopback()}", "--content-root", contentRoot])
        {
            WorkingDirectory = RepositoryFolders.Root,
            Environment = { ["Engine__Files__Root"] = FilesRoot, ["Logging__Console__FormatterName"] = "simple" },
        };

    [Fact]
    public async Task Every_command_explains_itself_with_help()
    {
        foreach (var command in new[] { new[] { "--help" }, ["export", "--help"], ["import", "--help"], ["seed", "--help"], ["db-patch", "--help"], ["db-apply", "--help"], ["users", "create-admin", "--help"],
            ["dev", "--help"], ["codegen", "--help"] })
        {
            var (exitCode, output) = await RunInAsync(TempFolder("cli"), command);
            exitCode.Should().Be(0, string.Join(' ', command));
            output.Should().Contain("USAGE", string.Join(' ', command));
        }
    }

    [Theory]
    [InlineData("server/DakarCafe.Server")]
    [InlineData("tests/DakarCafe.SdkTestApp/Server")]
    public async Task Codegen_check_finds_the_committed_generated_api_up_to_date(string appFolder)
    {
        // The test run built the solution: the check reads the schema as built, as an app's CI step after its build would.
        var (exitCode, output) = await RunInAsync(Path.Combine(RepositoryFolders.Root, appFolder), "codegen", "--check", "--no-build", "-c", RepositoryFolders.Configuration);

        exitCode.Should().Be(0, output);
        output.Should().Contain("up to date");
    }

    [Fact]
    public async Task Export_then_import_into_an_empty_database_restores_the_shop_and_bad_imports_are_refused()
    {
        var staff = await ConnectAsync(await SignInAsAsync("admin"));
        var product = await staff.MutateAsync(Api.Products.Create, TestProducts.Capsule("Kazaar", 4_200, stock: 9), Within());
        var buyer = await ConnectAsync(await SignInAsAsync("user"));
        await buyer.MutateAsync(Api.Orders.CreateOrder, TestOrders.Of((product, 2)), Within());
        var archive = Path.Combine(TempFolder("archives"), "shop.zip");
        var restoredDatabase = await CreateDatabaseAsync("cli-restored");

        var exported = await RunAsync("export", archive, "--database", ConnectionString);
        var imported = await RunAsync("import", archive, "--database", restoredDatabase);
        var again = await RunAsync("import", archive, "--database", restoredDatabase);
        var damaged = Path.Combine(Path.GetDirectoryName(archive)!, "damaged.zip");
        var bytes = await File.ReadAllBytesAsync(archive, Within());
        await File.WriteAllBytesAsync(damaged, bytes[..(bytes.Length / 2)], Within());
        var truncated = await RunAsync("import", damaged, "--database", restoredDatabase, "--replace");

        (exported.ExitCode, imported.ExitCode).Should().Be((0, 0), exported.Output + imported.Output);
        exported.Output.Should().Contain("Exported");
        imported.Output.Should().Contain("Imported");
        (again.ExitCode, again.Output).Should().Match<(int, string)>(r => r.Item1 == 1 && r.Item2.Contains("not empty"), again.Output);
        (truncated.ExitCode, truncated.Output).Should().Match<(int, string)>(r => r.Item1 == 1 && r.Item2.Contains("damaged"), truncated.Output);
        var restored = Own(await ShopServer.StartAsync(restoredDatabase, settings: new Dictionary<string, string?> { ["Engine:Files:Root"] = FilesRoot }));
        var shopper = await ConnectAsync(server: restored);
        (await shopper.QueryAsync(Api.Products.GetProduct, new GetProductArgs(Id: product), Within())).Inventory.Stock.Should().Be(7);
    }

    [Fact]
    public async Task Export_and_import_beside_a_running_server_keep_it_connected_and_its_clients_see_the_restored_data()
    {
        var dataDirectory = Path.Combine(TempFolder("beside"), "postgres");
        await using var server = await ServerProcess.StartAsync(dataDirectory);
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        (await HealthPolling.WaitForStatusAsync(http, HttpStatusCode.OK, TimeSpan.FromSeconds(90), "the server finishes starting")).Dispose();
        var postmaster = ReadPostmasterPid(dataDirectory);
        var admin = SampleDataLoader.Accounts.Single(a => a.Role == "admin");
        // The sample accounts are loaded in the background once the server is up.
        await Deadlines.UntilAsync(() => server.Output.Any(line => line.Contains("Sample data loaded", StringComparison.Ordinal)),
            "the server loads its sample data", TimeSpan.FromSeconds(60));
        var token = (await new TokenClient(http).PasswordGrantAsync(admin.Email, admin.Password)).Tokens!.AccessToken;
        var staff = await ConnectToAsync(server.BaseAddress, token);
        var product = await staff.MutateAsync(Api.Products.Create, TestProducts.Capsule("Arpeggio", 3_000, stock: 5), Within());
        var shopper = await ConnectToAsync(server.BaseAddress);
        var live = await shopper.SubscribeAsync(Api.Products.SubscribeToProductChanges, new ProductIdArgs(product), Within());
        await live.WaitForAsync(p => p.Price == 3_000, Within());
        using var watching = new CancellationTokenSource();
        var healthSeen = WatchHealthAsync(http, watching.Token);
        var archive = Path.Combine(TempFolder("archives"), "beside.zip");
        // The CLI works on the server's database and its stored files (the sample products' pictures among them).
        var beside = new Dictionary<string, string>
        {
            ["LocalPostgres__DataDirectory"] = dataDirectory,
            ["Engine__Files__Root"] = ServerProcess.FilesRoot(dataDirectory),
        };

        var exported = await RunAsync(beside, "export", archive, "--content-root", RepositoryFolders.ServerProject);
        await staff.MutateAsync(Api.Products.SetPrice, new SetPriceArgs(product, 2_500, 3_000), Within());
        await live.WaitForAsync(p => p.Price == 2_500, Within());
        var imported = await RunAsync(beside, "import", archive, "--replace", "--content-root", RepositoryFolders.ServerProject);

        (exported.ExitCode, imported.ExitCode).Should().Be((0, 0), exported.Output + imported.Output);
        exported.Output.Should().Contain("owned by another running process").And.Contain("Exported");
        exported.Output.Should().NotContain("Application started", "the command's output is its own, not the app server's log");
        (await live.WaitForAsync(p => p.Price == 3_000, Within())).Stock.Should().Be(5, "the live query shows the restored product");
        await watching.CancelAsync();
        var statuses = await healthSeen;
        statuses.Should().NotBeEmpty().And.OnlyContain(status => status == HttpStatusCode.OK, "/health stays connected while the CLI works beside the server");
        ReadPostmasterPid(dataDirectory).Should().Be(postmaster, "the CLI used the server's PostgreSQL and left it running");
        (await staff.QueryAsync(Api.Products.GetProduct, new GetProductArgs(Id: product), Within())).Price.Should().Be(3_000);
    }

    [Fact]
    public async Task A_command_outside_any_app_refuses_and_names_the_options_that_name_one()
    {
        var empty = TempFolder("nowhere");

        var (exitCode, output) = await RunInAsync(empty, "export", Path.Combine(empty, "shop.zip"));

        exitCode.Should().Be(1, output);
        output.Should().Contain("--app").And.Contain("--database").And.Contain("--content-root");
        Directory.EnumerateFileSystemEntries(empty).Should().BeEmpty("no database and no archive were created");
    }

    [Fact]
    public async Task A_database_made_by_the_previous_version_is_upgraded_by_a_reviewed_patch_and_its_data_migration_runs_once()
    {
        var database = await CreateDatabaseAsync("previous");
        await LoadPreviousVersionAsync(database);
        // The previous version could leave a user document behind its account: the admin's says "user".
        await ExecuteAsync(database, "update public.mt_doc_user set data = jsonb_set(data, '{Role}', '0') where data ->> 'Email' = 'admin@dakarcafe.sn'");
        // Recurring deliveries were called subscriptions then: Awa's is stored as a DeliverySubscription, its next delivery
        // as a subscriptions:deliver job.
        await ExecuteAsync(database, PreviousVersionRecurringDelivery);
        var production = new Dictionary<string, string> { ["Engine__Schema__AutoCreate"] = "false" };
        var scripts = TempFolder("scripts");
        var upgrade = Path.Combine(scripts, "upgrade.sql");
        var forEmpty = Path.Combine(scripts, "for-an-empty-database.sql");

        var refused = await RunAsync(production, "seed", "--database", database);
        var patched = await RunAsync(production, "db-patch", upgrade, "--database", database);
        var wrongPatch = await RunAsync(production, "db-patch", forEmpty, "--database", await CreateDatabaseAsync("empty"));
        var wrongApply = await RunAsync(production, "db-apply", forEmpty, "--database", database);
        var applied = await RunAsync(production, "db-apply", upgrade, "--database", database);
        var after = await RunAsync(production, "db-patch", Path.Combine(scripts, "after.sql"), "--database", database);

        refused.ExitCode.Should().NotBe(0, "this version does not serve a schema it does not expect");
        refused.Output.Should().Contain("db-patch").And.Contain("db-apply");
        (patched.ExitCode, wrongPatch.ExitCode).Should().Be((0, 0), patched.Output + wrongPatch.Output);
        var script = await File.ReadAllTextAsync(upgrade, Within());
        script.Should().StartWith("-- dakarcafe db-patch base=").And.Contain("create table if not exists dakarcafe.migrations")
            .And.Contain("comment on schema dakarcafe is 'engine:");
        (wrongApply.ExitCode, wrongApply.Output).Should().Match<(int, string)>(r => r.Item1 == 1 && r.Item2.Contains("not written for this database"),
            wrongApply.Output);
        applied.ExitCode.Should().Be(0, applied.Output);
        applied.Output.Should().Contain("Applied");
        after.Output.Should().Contain("up to date", "the reviewed script brought the schema to this version's");
        File.Exists(Path.Combine(scripts, "after.sql")).Should().BeFalse();

        for (var start = 0; start < 2; start++)
        {
            await using var server = await ShopServer.StartAsync(database, settings: new Dictionary<string, string?>
            {
                ["Engine:Schema:AutoCreate"] = "false",
                ["Engine:Files:Root"] = FilesRoot,
            });
            var tokens = await new TokenClient(server.CreateSocketClient()).PasswordGrantAsync("admin@dakarcafe.sn", "Admin-Teranga-2026");
            var admin = await ConnectAsync(tokens.Tokens!.AccessToken, server);
            (await admin.QueryAsync(Api.Orders.ListOrders, new ListOrdersArgs(), Within())).Total.Should().BeGreaterThanOrEqualTo(0);
            (await admin.QueryAsync(Api.Products.GetProducts, new GetProductsArgs(Limit: 100), Within())).Total
                .Should().Be(66, "the previous version's catalog is all there");
            var awaTokens = await new TokenClient(server.CreateSocketClient()).PasswordGrantAsync("awa@example.sn", "Awa-Teranga-2026");
            var awa = await ConnectAsync(awaTokens.Tokens!.AccessToken, server);
            (await awa.QueryAsync(Api.RecurringDeliveries.GetMyRecurringDeliveries, new NoArgs(), Within())).Should().ContainSingle()
                .Which.Should().BeEquivalentTo(new { Name = "Café du bureau", Status = RecurringDeliveryStatus.Active, NextDelivery = PreviousVersionNextDelivery },
                    "the recurring delivery stored as a subscription is read from its table");
        }

        var job = (string)(await ScalarAsync(database,
            $"select data ->> 'Function' || ' ' || (data ->> 'Args') from public.mt_doc_scheduledjob where id = '{PreviousVersionJob}'"))!;
        job.Should().StartWith("recurringDeliveries:deliver {", "the pending job is renamed")
            .And.Contain($"\"recurringDeliveryId\":\"{PreviousVersionDelivery}\"", "its argument too").And.NotContain("subscriptionId");

        (await ScalarAsync(database, "select data ->> 'Role' from public.mt_doc_user where data ->> 'Email' = 'admin@dakarcafe.sn'"))
            .Should().NotBe("0", "the data migration brought the user document level with its account");
        (await ScalarAsync(database, "select string_agg(kind || ':' || split_part(name, '#', 1), ',' order by kind, name) from dakarcafe.migrations"))
            .Should().Be("data:2026-12-02-user-roles-from-accounts,data:2026-12-03-recurring-delivery-jobs-renamed,schema:upgrade.sql",
                "each ran once, however many times the server started");
    }

    [Fact]
    public async Task Seed_loads_the_sample_shop_once_and_create_admin_makes_an_account_that_can_run_the_shop()
    {
        var database = await CreateDatabaseAsync("cli-seeded");

        var seeded = await RunAsync("seed", "--database", database);
        var reseeded = await RunAsync("seed", "--database", database);
        var admin = await RunAsync("users", "create-admin", "--email", "gerant@dakarcafe.sn", "--password", TestPassword, "--database", database);
        var weak = await RunAsync("users", "create-admin", "--email", "faible@dakarcafe.sn", "--password", "123", "--database", database);

        (seeded.ExitCode, seeded.Output).Should().Match<(int, string)>(r => r.Item1 == 0 && r.Item2.Contains("Sample data loaded"), seeded.Output);
        reseeded.Output.Should().Contain("already has products");
        admin.ExitCode.Should().Be(0, admin.Output);
        weak.ExitCode.Should().Be(1, weak.Output);
        var server = Own(await ShopServer.StartAsync(database, settings: new Dictionary<string, string?> { ["Engine:Files:Root"] = FilesRoot }));
        var token = (await new TokenClient(server.CreateSocketClient()).PasswordGrantAsync("gerant@dakarcafe.sn", TestPassword)).Tokens!.AccessToken;
        var manager = await ConnectAsync(token, server);
        (await manager.QueryAsync(Api.Orders.ListOrders, new ListOrdersArgs(), Within())).Total.Should().Be(0, "an admin may list the orders");
        (await manager.QueryAsync(Api.Products.GetProducts, new GetProductsArgs(), Within())).Items.Should().NotBeEmpty();
    }

    [Fact]
    public async Task Dev_builds_and_serves_the_sample_shop_on_its_own_database_and_ctrl_c_stops_server_and_database()
    {
        var contentRoot = TempFolder("dev");
        var dataDirectory = Path.Combine(contentRoot, ".data", "postgres");

        // dotnet watch builds the server first (Debug), which takes a while on a loaded machine.
        await using var dev = await ServerProcess.StartAsync(Dev(contentRoot), TimeSpan.FromMinutes(5), TestContext.Current.CancellationToken);
        var postgresPid = int.Parse((await File.ReadAllLinesAsync(Path.Combine(dataDirectory, "postmaster.pid"), Within()))[0], CultureInfo.InvariantCulture);
        using var http = new HttpClient { BaseAddress = dev.BaseAddress };
        using var health = await HealthPolling.WaitForStatusAsync(http, HttpStatusCode.OK, TimeSpan.FromSeconds(90), "the dev server finishes starting");
        (await health.Content.ReadAsStringAsync(Within())).Should().Contain("\"database\":\"connected\"");

        await using (var shopper = new DakarCafeClient(new DakarCafeClientOptions { ServerUrl = dev.BaseAddress }))
        {
            await shopper.ConnectAsync(Within());
            var loading = Within(TimeSpan.FromSeconds(60));
            var catalog = await shopper.QueryAsync(Api.Products.GetProducts, new GetProductsArgs(Limit: 100), loading);
            while (catalog.Total == 0)
            {
                await Task.Delay(250, loading);
                catalog = await shopper.QueryAsync(Api.Products.GetProducts, new GetProductsArgs(Limit: 100), loading);
            }

            catalog.Total.Should().BeGreaterThanOrEqualTo(60, "the dev server loads the sample catalog");
        }

        (await dev.InterruptAsync()).Should().Be(0, string.Join('\n', dev.Output));

        dev.Output.Should().Contain(line => line.Contains("dotnet watch", StringComparison.Ordinal), "the server runs under dotnet watch");
        Processes.IsRunning(postgresPid).Should().BeFalse("the dev command stops its database when it ends");
        File.Exists(Path.Combine(dataDirectory, "postmaster.pid")).Should().BeFalse();
        var afterwards = () => http.GetAsync("/health", Within());
        await afterwards.Should().ThrowAsync<HttpRequestException>("the watched server is gone too");
        (await PollAsync(() => dev.AliveProcesses().Count == 0, TimeSpan.FromSeconds(30))).Should().BeTrue(
            "the dev command leaves nothing running when it ends: {0} are still alive", string.Join(", ", dev.AliveProcesses()));
    }

    [Fact]
    public async Task A_dev_command_whose_test_gives_up_while_it_starts_leaves_no_process_behind()
    {
        var contentRoot = TempFolder("dev-abandoned");
        var postmasterPid = Path.Combine(contentRoot, ".data", "postgres", "postmaster.pid");
        var probe = Guid.NewGuid().ToString("N");
        var start = Dev(contentRoot);
        start.Environment["DAKARCAFE_LEAK_PROBE"] = probe;
        using var giveUp = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        IReadOnlyList<int> seen = [];

        // The test gives up on purpose once the command is at its deepest: its database up and dotnet watch at work.
        var watching = Task.Run(async () =>
        {
            var deepEnough = await PollAsync(() =>
            {
                seen = Processes.WithEnvironment("DAKARCAFE_LEAK_PROBE", probe);
                return File.Exists(postmasterPid) && seen.Any(pid => Processes.CommandLine(pid).Contains("watch", StringComparison.Ordinal));
            }, TimeSpan.FromMinutes(5));
            await giveUp.CancelAsync();
            return deepEnough;
        }, TestContext.Current.CancellationToken);
        var starting = () => ServerProcess.StartAsync(start, TimeSpan.FromMinutes(10), giveUp.Token);

        await starting.Should().ThrowAsync<TimeoutException>("the test gave up on the start");
        (await watching).Should().BeTrue("the command started its database and dotnet watch");
        seen.Should().HaveCountGreaterThanOrEqualTo(3, "the command, its database and dotnet watch were running");
        Processes.WithEnvironment("DAKARCAFE_LEAK_PROBE", probe).Should().BeEmpty("every process the command started is killed with it");
        seen.Should().OnlyContain(pid => !Processes.IsRunning(pid));
    }

    private static readonly Guid PreviousVersionDelivery = Guid.Parse("0193f5a0-0000-7000-8000-00000000d5b1");
    private static readonly Guid PreviousVersionJob = Guid.Parse("0193f5a0-0000-7000-8000-000000000b01");
    private static readonly DateTimeOffset PreviousVersionNextDelivery = new(2036, 1, 8, 9, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// A weekly delivery of Awa's (a sample account of the previous version's dump) and its pending job, as the version
    /// before the rename stored them: the document in <c>mt_doc_deliverysubscription</c>, the job as
    /// <c>subscriptions:deliver</c> with a <c>subscriptionId</c>.
    /// </summary>
    private static string PreviousVersionRecurringDelivery => $$"""
        insert into public.mt_doc_deliverysubscription (id, data, mt_dotnet_type) values ('{{PreviousVersionDelivery}}', '{
            "Id": "{{PreviousVersionDelivery}}", "UserId": "d9089a5a-c2cd-4613-b877-35e0717fc928", "PlanType": 0, "Name": "Café du bureau",
            "Products": [{"ProductId": "ef192619-a4ba-4634-92ec-922acfb04647", "Quantity": 2}], "Frequency": 0,
            "NextDelivery": "2036-01-08T09:00:00+00:00",
            "DeliveryAddress": {"Street": "Rue 10", "City": "Dakar", "Region": "Dakar", "PostalCode": null, "Country": "Sénégal", "Phone": "+221771234567", "Instructions": null},
            "PaymentMethod": 0, "Pricing": {"Subtotal": 8000, "Discount": 400, "Total": 10468}, "Status": 0, "PausedUntil": null, "CancelReason": null,
            "DeliveryDay": 8, "LastOrderId": null, "CreatedAt": "2026-12-02T18:00:00+00:00", "UpdatedAt": "2026-12-02T18:00:00+00:00"}',
            'DakarCafe.Schema.Subscriptions.DeliverySubscription');
        insert into public.mt_doc_scheduledjob (id, data, mt_dotnet_type, state, run_at) values ('{{PreviousVersionJob}}', '{
            "Id": "{{PreviousVersionJob}}", "Function": "subscriptions:deliver",
            "Args": "{\"subscriptionId\":\"{{PreviousVersionDelivery}}\",\"at\":\"2036-01-08T09:00:00+00:00\"}",
            "RunAt": "2036-01-08T09:00:00+00:00", "State": 0, "Attempts": 0, "MaxAttempts": 5, "LastError": null, "ClaimedBy": null, "ClaimedUntil": null,
            "Cron": null, "CreatedAt": "2026-12-02T18:00:00+00:00", "FinishedAt": null}', 'DakarCafe.Engine.Scheduling.ScheduledJob', 0, '2036-01-08T09:00:00+00:00');
        """;

    /// <summary>Every status /health answers, asked every 100 ms until <paramref name="stop"/>.</summary>
    private static async Task<List<HttpStatusCode>> WatchHealthAsync(HttpClient http, CancellationToken stop)
    {
        var seen = new List<HttpStatusCode>();
        while (!stop.IsCancellationRequested)
        {
            using (var health = await http.GetAsync(new Uri("/health", UriKind.Relative), CancellationToken.None))
            {
                seen.Add(health.StatusCode);
            }

            await Task.Delay(100, CancellationToken.None);
        }

        return seen;
    }

    /// <summary>
    /// The database the version before schema scripts made, with its sample data (a pg_dump of it, committed beside
    /// this test); psql's own commands in the dump are left out.
    /// </summary>
    private static async Task LoadPreviousVersionAsync(string database)
    {
        var dump = await File.ReadAllLinesAsync(Path.Combine(RepositoryFolders.Root, "tests", "DakarCafe.Server.Tests", "Cli", "previous-version.sql"), Within());
        await ExecuteAsync(database, string.Join('\n', dump.Where(line => !line.StartsWith('\\'))));
    }

    private static async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database + ";Pooling=false");
        await connection.OpenAsync(Within());
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Within());
    }

    private static async Task<object?> ScalarAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database + ";Pooling=false");
        await connection.OpenAsync(Within());
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(Within());
    }

    private static int ReadPostmasterPid(string dataDirectory) =>
        int.Parse(File.ReadLines(Path.Combine(dataDirectory, "postmaster.pid")).First(), CultureInfo.InvariantCulture);

    /// <summary>Polls <paramref name="condition"/> every 100 ms until it holds or <paramref name="timeout"/> passes.</summary>
    private static async Task<bool> PollAsync(Func<bool> condition, TimeSpan timeout)
    {
        for (var waited = Stopwatch.StartNew(); waited.Elapsed < timeout; await Task.Delay(100, TestContext.Current.CancellationToken))
        {
            if (condition())
            {
                return true;
            }
        }

        return condition();
    }
}
