using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace DakarCafe.Fixtures;

/// <summary>
/// A real OpenID Connect provider on 127.0.0.1 (a second OpenIddict server with its own database) that plays Google
/// for the external sign-in tests: it signs in one fixed user without asking, the way a provider does for a user
/// already signed in there.
/// </summary>
public sealed class LoopbackIdentityProvider : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackIdentityProvider(WebApplication app, Uri issuer)
    {
        _app = app;
        Issuer = issuer;
    }

    public Uri Issuer { get; }

    public const string UserEmail = "ext.user@example.sn";

    public static async Task<LoopbackIdentityProvider> StartAsync(string connectionString)
    {
        var port = TestPorts.FreeLoopback();
        var issuer = new Uri($"http://127.0.0.1:{port}/");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Logging.ClearProviders();
        builder.Services.AddDbContext<ProviderDb>(db => db.UseNpgsql(connectionString).UseOpenIddict());
        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<ProviderDb>())
            .AddServer(server =>
            {
                server.SetIssuer(issuer);
                server.SetAuthorizationEndpointUris("authorize").SetTokenEndpointUris("token");
                server.AllowAuthorizationCodeFlow().AllowClientCredentialsFlow();
                server.DisableAccessTokenEncryption();
                server.RegisterScopes(Scopes.Email, Scopes.Profile);
                server.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                server.UseAspNetCore().EnableAuthorizationEndpointPassthrough().EnableTokenEndpointPassthrough().DisableTransportSecurityRequirement();
            });
        var app = builder.Build();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ProviderDb>().Database.EnsureCreatedAsync();
        }

        app.MapGet("authorize", (HttpContext http) =>
        {
            var request = http.GetOpenIddictServerRequest()!;
            var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
            identity.AddClaim(Claims.Subject, "provider-user-1");
            identity.AddClaim(Claims.Email, UserEmail);
            identity.AddClaim(Claims.Name, "Ext User");
            identity.SetScopes(request.GetScopes());
            identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
            return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });
        app.MapPost("token", async (HttpContext http) =>
        {
            var request = http.GetOpenIddictServerRequest()!;
            if (request.IsClientCredentialsGrantType())
            {
                var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
                identity.AddClaim(Claims.Subject, request.ClientId!);
                identity.SetDestinations(_ => [Destinations.AccessToken]);
                return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            }

            var code = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            return Results.SignIn(code.Principal!, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });
        await app.StartAsync();
        return new LoopbackIdentityProvider(app, issuer);
    }

    /// <summary>An access token this provider issues to a service client: genuine, but for another issuer than the shop.</summary>
    public async Task<string> IssueServiceTokenAsync()
    {
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
            if (await applications.FindByClientIdAsync("foreign-service") is null)
            {
                await applications.CreateAsync(new OpenIddictApplicationDescriptor
                {
                    ClientId = "foreign-service",
                    ClientSecret = "foreign-secret",
                    ClientType = ClientTypes.Confidential,
                    Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
                });
            }
        }

        using var http = new HttpClient { BaseAddress = Issuer };
        using var response = await http.PostAsync(new Uri("token", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "foreign-service",
            ["client_secret"] = "foreign-secret",
        }));
        using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>Registers the shop as a client of the provider.</summary>
    public async Task RegisterClientAsync(string clientId, string secret, Uri redirectUri)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            RedirectUris = { redirectUri },
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code, Permissions.Scopes.Email, Permissions.Scopes.Profile,
            },
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed class ProviderDb(DbContextOptions<ProviderDb> options) : DbContext(options);
}
