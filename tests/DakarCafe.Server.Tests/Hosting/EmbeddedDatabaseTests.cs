using System.Diagnostics;
using System.Net;
using DakarCafe.Client;
using DakarCafe.Client.Auth;
using DakarCafe.Fixtures;
using DakarCafe.Schema;
using DakarCafe.Schema.Products;
using DakarCafe.Server.SampleData;

namespace DakarCafe.Server.Tests.Hosting;

/// <summary>The server started as the README's run command starts it: no connection string, its own PostgreSQL.</summary>
public sealed class EmbeddedDatabaseTests : IDisposable
{
    private readonly string _folder = TempFolders.Create("embedded");

    private string DataDirectory => Path.Combine(_folder, "postgres");

    [Fact]
    public async Task Server_without_a_connection_string_runs_its_own_database_and_stops_it_on_SIGTERM()
    {
        await using var server = await ServerProcess.StartAsync(DataDirectory);
        var postgresPid = ReadPostmasterPid();

        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        using var health = await HealthPolling.WaitForStatusAsync(http, HttpStatusCode.OK, TimeSpan.FromSeconds(60), "the server finishes starting");
        (await health.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Contain("\"database\":\"connected\"");
        server.Output.Should().NotContain(line => line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal)
            || line.Contains("No XML encryptor", StringComparison.Ordinal), "a normal start looks normal, even while /health is asked before it is ready");

        (await server.TerminateAsync()).Should().Be(0);

        Processes.IsRunning(postgresPid).Should().BeFalse("stopping the server stops its database");
        File.Exists(Path.Combine(DataDirectory, "postmaster.pid")).Should().BeFalse();
    }

    [Fact]
    public async Task A_second_run_reuses_the_data_of_the_first()
    {
        await using (var first = await ServerProcess.StartAsync(DataDirectory))
        {
            first.Output.Should().Contain(line => line.Contains("initialised now: True", StringComparison.Ordinal));
        }

        await using var second = await ServerProcess.StartAsync(DataDirectory);

        second.Output.Should().Contain(line => line.Contains("initialised now: False", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_killed_database_is_started_again_and_clients_resume_with_no_mutation_lost_or_doubled()
    {
        await using var server = await ServerProcess.StartAsync(DataDirectory);
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        (await HealthPolling.WaitForStatusAsync(http, HttpStatusCode.OK, TimeSpan.FromSeconds(90), "the server finishes starting")).Dispose();
        await Deadlines.UntilAsync(() => server.Output.Any(line => line.Contains("Sample data loaded", StringComparison.Ordinal)),
            "the server loads its sample data", TimeSpan.FromSeconds(60));
        var admin = SampleDataLoader.Accounts.Single(a => a.Role == "admin");
        var token = (await new TokenClient(http).PasswordGrantAsync(admin.Email, admin.Password)).Tokens!.AccessToken;
        await using var staff = new DakarCafeClient(new DakarCafeClientOptions { ServerUrl = server.BaseAddress, TokenProvider = new FixedAccessToken(token) });
        await using var shopper = new DakarCafeClient(new DakarCafeClientOptions { ServerUrl = server.BaseAddress });
        await staff.ConnectAsync(Deadlines.Within());
        await shopper.ConnectAsync(Deadlines.Within());
        var product = await staff.MutateAsync(Api.Products.Create, TestProducts.Capsule("Ristretto", 3_000, stock: 20), Deadlines.Within());
        var live = await shopper.SubscribeAsync(Api.Products.SubscribeToProductChanges, new ProductIdArgs(product), Deadlines.Within());
        await live.WaitForAsync(p => p.Stock == 20, Deadlines.Within());
        var killed = ReadPostmasterPid();

        Process.GetProcessById(killed).Kill();
        var during = Enumerable.Range(0, 5)
            .Select(_ => staff.MutateAsync(Api.Products.AdjustStock, new AdjustStockArgs(product, -1), Deadlines.Within(TimeSpan.FromSeconds(90))))
            .ToList();

        (await HealthPolling.WaitForStatusAsync(http, HttpStatusCode.OK, TimeSpan.FromSeconds(60), "the server starts its database again")).Dispose();
        await Task.WhenAll(during);
        ReadPostmasterPid().Should().NotBe(killed);
        server.Output.Should().Contain(line => line.Contains("started again", StringComparison.Ordinal));
        (await live.WaitForAsync(p => p.Stock == 15, Deadlines.Within())).Stock.Should().Be(15, "the live query resumes");
        (await staff.QueryAsync(Api.Products.GetProduct, new GetProductArgs(Id: product), Deadlines.Within())).Inventory.Stock
            .Should().Be(15, "each of the five mutations made across the restart is applied exactly once");
        (await new TokenClient(http).PasswordGrantAsync(admin.Email, admin.Password)).Tokens.Should().NotBeNull("sign-in works after the restart");
    }

    [Fact]
    public async Task Started_by_root_from_a_folder_the_postgres_user_cannot_enter_the_server_keeps_its_database_elsewhere_and_says_where()
    {
        var checkout = TempFolders.CreatePrivate(_folder, "private");
        var relocationRoot = Path.Combine(_folder, "relocated");
        var start = ServerProcess.StartInfo(Path.Combine(checkout, ".data", "postgres"));
        start.Environment["LocalPostgres__RelocationRoot"] = relocationRoot;

        await using var server = await ServerProcess.StartAsync(start, ct: TestContext.Current.CancellationToken);
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        using var health = await HealthPolling.WaitForStatusAsync(http, HttpStatusCode.OK, TimeSpan.FromSeconds(90), "the server finishes starting");

        (await health.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Contain("\"database\":\"connected\"");
        if (Environment.UserName == "root")
        {
            server.Output.Should().Contain(line => line.Contains($"is kept in {relocationRoot}/", StringComparison.Ordinal),
                "the server says where it keeps the database the postgres user could not have owned inside the checkout");
            Directory.EnumerateDirectories(relocationRoot).Should().ContainSingle();
        }
        else
        {
            Directory.Exists(relocationRoot).Should().BeFalse("a user who is not root runs PostgreSQL as themselves, in their own folder");
        }
    }

    private int ReadPostmasterPid() =>
        int.Parse(File.ReadLines(Path.Combine(DataDirectory, "postmaster.pid")).First(), System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose() => TempFolders.Delete(_folder);
}
