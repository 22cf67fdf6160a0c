using DakarCafe.Auth;
using DakarCafe.Auth.Internal;
using DakarCafe.Client;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Products;

namespace DakarCafe.Server.Tests.Auth;

/// <summary>The <c>dakarcafe-service</c> client: its development secret works in Development only, and its tokens are not users.</summary>
public sealed class ServiceClientTests(PostgresServer postgres) : ShopTest(postgres)
{
    private const string StrongSecret = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    [Theory]
    [InlineData(AuthSettings.DevelopmentServiceSecret)]
    [InlineData("short-secret")]
    public async Task Outside_Development_the_server_refuses_to_start_with_a_weak_or_development_service_secret(string secret)
    {
        var starting = () => StartServerAsync(settings: Production(secret));

        (await starting.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("Auth:ServiceClientSecret");
    }

    [Fact]
    public async Task Outside_Development_the_service_client_has_the_configured_secret_or_does_not_exist()
    {
        (await Tokens.ClientCredentialsAsync(AuthClients.Service, AuthSettings.DevelopmentServiceSecret)).Tokens.Should().NotBeNull("in Development");
        await Server.DisposeAsync();

        var withoutSecret = await StartServerAsync(settings: Production(secret: null));
        (await new TokenClient(withoutSecret.CreateSocketClient()).ClientCredentialsAsync(AuthClients.Service, AuthSettings.DevelopmentServiceSecret))
            .Error.Should().Be("invalid_client", "the development registration left in the database is gone");
        await withoutSecret.DisposeAsync();

        var withSecret = await StartServerAsync(settings: Production(StrongSecret));
        var tokens = new TokenClient(withSecret.CreateSocketClient());
        (await tokens.ClientCredentialsAsync(AuthClients.Service, StrongSecret)).Tokens.Should().NotBeNull();
        (await tokens.ClientCredentialsAsync(AuthClients.Service, AuthSettings.DevelopmentServiceSecret)).Error.Should().Be("invalid_client");
    }

    [Fact]
    public async Task A_service_token_calling_a_function_for_signed_in_users_is_answered_FORBIDDEN()
    {
        var service = (await Tokens.ClientCredentialsAsync(AuthClients.Service, AuthSettings.DevelopmentServiceSecret)).Tokens!;
        var client = await ConnectAsync(service.AccessToken);

        var refused = await Assert.ThrowsAsync<DakarCafeException>(() => client.QueryAsync(Api.Users.GetCurrentUser, new NoArgs(), Within()));

        refused.Code.Should().Be(ErrorCodes.Forbidden, "a service is signed in but is no user (it was INTERNAL_ERROR)");
        (await client.QueryAsync(Api.Products.GetProducts, new GetProductsArgs(Limit: 1), Within())).Should().NotBeNull("the connection stays usable");
    }

    private static Dictionary<string, string?> Production(string? secret) => new()
    {
        ["environment"] = "Production",
        ["Auth:ServiceClientSecret"] = secret,
    };
}
