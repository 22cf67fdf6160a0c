using System.IO.Compression;
using DakarCafe.Fixtures;
using DakarCafe.Schema;
using DakarCafe.Schema.Orders;

namespace DakarCafe.Client.Tests.Packaging;

/// <summary>
/// The SDK as a customer gets it: packed (Protocol, Schema, Client) into a local feed, restored from there into the
/// console sample, which then runs a barista board against a live server.
/// </summary>
public sealed class BaristaBoardTests(PostgresServer postgres) : ShopTest(postgres)
{
    private static readonly TimeSpan PackAndBuild = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task The_board_built_on_the_packed_sdk_shows_orders_live_and_staff_move_them_along()
    {
        var staff = await CreateAccountAsync("admin");
        var admin = await ConnectAsync(await SignInAsAsync("admin"));
        var roma = await admin.MutateAsync(Api.Products.Create, TestProducts.Capsule("Roma", 3_500), Within());
        var customer = await ConnectAsync(await SignInAsAsync("user"));
        var first = await customer.MutateAsync(Api.Orders.CreateOrder, Order(roma), Within());

        await using var board = TestProcess.Start("bash",
            [Path.Combine(RepositoryFolders.Root, "samples", "console", "run"), "--server", Server.BaseAddress.ToString(), "--email", staff, "--password", TestPassword]);
        await board.WaitForAsync(first.OrderNumber, Deadlines.Within(PackAndBuild));
        var second = await customer.MutateAsync(Api.Orders.CreateOrder, Order(roma), Within());
        await board.WaitForAsync(second.OrderNumber, Within());

        foreach (var (command, outcome) in new[]
        {
            ($"confirm {first.OrderNumber}", "Confirmed"), ($"prepare {first.OrderNumber[^3..]}", "Processing"),
            ($"ship {first.OrderNumber} Yobante YB-2211", "Shipped"), ($"deliver {first.OrderNumber}", "Delivered"),
        })
        {
            var before = board.Lines.Count;
            await board.TypeAsync(command);
            await board.WaitForAsync($"✔ {first.OrderNumber} {outcome}", Within(), after: before);
        }

        var lines = board.Lines.Count;
        await board.TypeAsync($"deliver {second.OrderNumber}");
        await board.WaitForAsync("✘ INVALID_TRANSITION", Within(), after: lines);
        await board.TypeAsync("quit");

        (await board.ExitCodeAsync(Within())).Should().Be(0);
        var delivered = await customer.QueryAsync(Api.Orders.GetOrder, new OrderIdArgs(first.Id), Within());
        delivered.Should().BeEquivalentTo(new { Status = OrderStatus.Delivered, PaymentStatus = PaymentStatus.Paid });
        delivered.Tracking.Should().BeEquivalentTo(new { Carrier = "Yobante", Number = "YB-2211" });
        (await customer.QueryAsync(Api.Orders.GetOrder, new OrderIdArgs(second.Id), Within())).Status.Should().Be(OrderStatus.Pending);
        PackagesInFeed().Should().BeEquivalentTo(["DakarCafe.Client", "DakarCafe.Protocol", "DakarCafe.Schema"]);
    }

    private static CreateOrderArgs Order(Guid product) =>
        new(new DeliveryAddress("Rue 10", "Dakar", "Dakar", null, "Senegal", "+221 77 123 45 67"), PaymentMethod.CashOnDelivery, [new OrderItemInput(product, 1)]);

    /// <summary>The packages the sample restored from, each with its README and a symbols package beside it.</summary>
    private static IEnumerable<string> PackagesInFeed()
    {
        var feed = Path.Combine(RepositoryFolders.Root, "samples", "console", ".feed");
        foreach (var package in Directory.GetFiles(feed, "*.nupkg"))
        {
            using var archive = ZipFile.OpenRead(package);
            archive.Entries.Select(e => e.FullName).Should().Contain("README.md", package);
            File.Exists(Path.ChangeExtension(package, ".snupkg")).Should().BeTrue(package);
            yield return Path.GetFileName(package).Split(".0.1.0-")[0];
        }
    }
}
