using System.Security;
using System.Xml.Linq;
using DakarCafe.Client.Auth;
using DakarCafe.Fixtures;
using DakarCafe.Schema;
using DakarCafe.Schema.Products;
using DakarCafe.Schema.Users;
using DakarCafe.Server.SampleData;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DakarCafe.Server.Tests.SampleData;

public sealed class SampleDataTests(PostgresServer postgres) : IAsyncLifetime
{
    private readonly string _files = Directory.CreateTempSubdirectory("dakarcafe-sample-files-").FullName;
    private ShopServer _server = null!;

    public async ValueTask InitializeAsync() =>
        _server = await ShopServer.StartAsync(await postgres.CreateDatabaseAsync("sample"), loadSampleData: true,
            settings: new Dictionary<string, string?> { ["Engine:Files:Root"] = _files, ["Auth:KeysDirectory"] = Path.Combine(_files, "keys") });

    [Fact]
    public async Task A_fresh_database_gets_the_sample_catalog_and_accounts_that_can_sign_in()
    {
        var loader = _server.Services.GetServices<IHostedService>().OfType<SampleDataLoader>().Single();
        await loader.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        var (email, password, _, _) = SampleDataLoader.Accounts[0];
        var signIn = await new TokenClient(_server.CreateSocketClient()).PasswordGrantAsync(email, password);

        await using var admin = new Client.DakarCafeClient(new Client.DakarCafeClientOptions
        {
            ServerUrl = _server.BaseAddress,
            TokenProvider = new FixedAccessToken(signIn.Tokens!.AccessToken),
        });
        await admin.ConnectAsync(TestContext.Current.CancellationToken);

        (await admin.QueryAsync(Api.Users.GetCurrentUser, new NoArgs(), TestContext.Current.CancellationToken))!.Role.Should().Be(UserRole.Admin);
        var all = await admin.QueryAsync(Api.Products.GetProducts, new GetProductsArgs(Limit: 100), TestContext.Current.CancellationToken);
        all.Total.Should().BeGreaterThanOrEqualTo(60);
        all.Items.Select(p => p.Category).Distinct().Should().HaveCount(3);
        all.Items.Where(p => p.Category == ProductCategory.Capsules).Should().OnlyContain(p => p.Specifications.Intensity != null);
        all.Items.Select(p => p.Seo.Slug).Should().OnlyHaveUniqueItems();
        all.Items.Should().OnlyContain(p => p.Images.Count == 1, "every sample product has its packshot");
        using var http = _server.CreateSocketClient();
        foreach (var product in all.Items.Where((_, i) => i % 20 == 0))
        {
            using var image = await http.GetAsync(new Uri($"/files/{product.Images[0]}", UriKind.Relative), TestContext.Current.CancellationToken);
            image.Content.Headers.ContentType!.MediaType.Should().Be("image/svg+xml", product.Name);
            var svg = await image.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            XDocument.Parse(svg).Root!.Attribute("width")!.Value.Should().Be("480", "a well-formed SVG with its size, so a browser knows its width");
            svg.Should().Contain(SecurityElement.Escape(product.Name)).And.NotContain("<script");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_files, recursive: true);
    }
}
