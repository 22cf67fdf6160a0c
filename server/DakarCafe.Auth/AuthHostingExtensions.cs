using DakarCafe.Auth.Internal;
using DakarCafe.Engine;
using DakarCafe.Engine.Commands;
using DakarCafe.Engine.Functions;
using Marten;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpenIddict.Validation.AspNetCore;

namespace DakarCafe.Auth;

/// <summary>
/// The token server inside an app: OpenIddict with its stores in the engine's PostgreSQL, the password and
/// refresh-token grants for the first-party apps, the authorization code flow with PKCE for partners, client
/// credentials for services, revocation for sign-out, persisted keys, and the accounts behind them. Tokens authorize
/// HTTP calls and the sync connection (<c>?access_token=</c>). Add it beside <c>AddDakarCafeEngine</c>.
/// </summary>
public static class AuthHostingExtensions
{
    /// <summary>The name of the token server's entry in the health report.</summary>
    public const string HealthCheckName = "auth";

    /// <summary>
    /// Adds the token server and accounts, with the deployment's <c>Auth</c> settings (issuer, lifetimes, keys,
    /// external providers, rate limits) and what <paramref name="configure"/> sets.
    /// </summary>
    public static WebApplicationBuilder AddDakarCafeAuth(this WebApplicationBuilder builder, Action<AuthOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new AuthOptions();
        configure?.Invoke(options);
        builder.Services.AddSingleton(options);
        var configured = builder.Configuration.GetSection("Auth").Get<AuthSettings>() ?? new AuthSettings();
        var settings = configured with { ServiceClientSecret = configured.ServiceSecretFor(builder.Environment) };
        builder.Services.AddSingleton(settings);
        // The engine's connection pool: one per server, cleared with the engine's when the database restarts.
        builder.Services.AddDbContext<AuthDbContext>((services, db) => db.UseNpgsql(services.GetRequiredService<NpgsqlDataSource>()).UseOpenIddict());
        builder.Services.ConfigureMarten(ConfigureMarten);
        var providers = builder.Configuration.GetSection("Auth:ExternalProviders").Get<List<ExternalProvider>>() ?? [];
        foreach (var provider in providers)
        {
            builder.Services.AddSingleton(provider);
        }

        var certificate = SigningKeys.Load(settings, builder.Environment.ContentRootPath);
        SigningKeys.AddDataProtection(builder.Services, certificate, settings, builder.Environment.ContentRootPath);
        var openIddict = builder.Services.AddOpenIddict();
        ExternalSignIn.AddTo(openIddict, providers, certificate);
        openIddict
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<AuthDbContext>())
            .AddServer(server =>
            {
                server.SetTokenEndpointUris("connect/token").SetRevocationEndpointUris("connect/revoke").SetAuthorizationEndpointUris("connect/authorize");
                server.AllowPasswordFlow().AllowRefreshTokenFlow().AllowClientCredentialsFlow().AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                server.SetAccessTokenLifetime(settings.AccessTokenLifetime).SetRefreshTokenLifetime(settings.RefreshTokenLifetime);
                // Rotating refresh tokens: a second use within the leeway (two tabs at once) is answered, a later one revokes the session.
                server.SetRefreshTokenReuseLeeway(settings.RefreshTokenReuseLeeway);
                // One issuer for every node and port, so tokens stay valid across restarts and load balancers.
                server.SetIssuer(settings.Issuer);
                server.RegisterScopes("offline_access", "profile", "email", "roles");
                server.AddSigningCertificate(certificate).AddEncryptionCertificate(certificate);
                server.AddEventHandler(SignOutRevocation.Descriptor);
                server.RemoveEventHandler(OpenIddict.Server.OpenIddictServerHandlers.Authentication.ValidateClientRedirectUri.Descriptor)
                    .AddEventHandler(DashboardRedirectUri.Descriptor);
                server.UseAspNetCore().EnableTokenEndpointPassthrough().EnableAuthorizationEndpointPassthrough().DisableTransportSecurityRequirement();
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.UseAspNetCore();
                // A revoked token (sign-out, a new password, a changed role) is refused at once, not when it expires.
                validation.EnableTokenEntryValidation();
                validation.EnableAuthorizationEntryValidation();
            });
        builder.Services.AddAuthentication(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
            .AddCookie(SignInPage.Scheme, cookie =>
            {
                cookie.LoginPath = SignInPage.Path;
                cookie.Cookie.HttpOnly = true;
                // Secure whenever the page was served over HTTPS (directly or, with forwarded headers, through a TLS proxy).
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            });
        builder.Services.AddAuthorization();
        builder.Services.AddSingleton<Microsoft.AspNetCore.Identity.IPasswordHasher<Account>, Microsoft.AspNetCore.Identity.PasswordHasher<Account>>();
        builder.Services.AddSingleton(services => new AccountStore(
            services.GetRequiredService<IDocumentStore>(), services.GetRequiredService<Microsoft.AspNetCore.Identity.IPasswordHasher<Account>>(),
            services.GetRequiredService<TimeProvider>(), services.GetRequiredService<IServiceScopeFactory>(),
            services.GetRequiredService<IFunctionCaller>(), services.GetRequiredService<FunctionRegistry>(), options));
        builder.Services.AddSingleton<Engine.Internal.Dashboard.IDashboardUsers, AccountIdentities>();
        builder.Services.AddSingleton<AuthRateLimiter>();
        builder.Services.AddSingleton<ICallerAuthenticator, OpenIddictCallerAuthenticator>();
        builder.Services.AddSingleton<AuthStoreInitializer>();
        builder.Services.AddSingleton(services => new AuthReadiness(services.GetRequiredService<AuthStoreInitializer>()));
        builder.Services.AddSingleton<IReadinessGate>(services => services.GetRequiredService<AuthReadiness>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<AuthStoreInitializer>());
        builder.Services.AddSingleton<IDeploymentCommand, CreateAdminCommand>();
        builder.Services.AddHealthChecks().AddCheck<AuthHealthCheck>(HealthCheckName);
        return builder;
    }

    /// <summary>
    /// Accounts are Marten documents but not engine documents: no function reads them and their writes stay out of the
    /// commit log. OpenIddict's tables join Marten's migrations (created at a development start, written into
    /// <c>db-patch</c>'s reviewed script for production), mapped from the Entity Framework model.
    /// </summary>
    private static void ConfigureMarten(StoreOptions options)
    {
        options.Schema.For<Account>().UniqueIndex(a => a.Email);
        using var model = new AuthDbContext(new DbContextOptionsBuilder<AuthDbContext>().UseNpgsql().UseOpenIddict().Options);
        options.Storage.ExtendedSchemaObjects.AddRange(Weasel.EntityFrameworkCore.DbContextExtensions.GetSchemaObjectsForMigration(model, options.Advanced.Migrator));
    }

    /// <summary>
    /// Maps the token server (<c>/connect/token</c>, <c>/connect/authorize</c>, <c>/connect/revoke</c>), the sign-in
    /// page, external providers, <c>/auth/sign-up</c> and <c>/auth/password</c>, and authenticates every request
    /// that carries a token. Call it before <c>MapDakarCafeEngine</c>.
    /// </summary>
    public static WebApplication MapDakarCafeAuth(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(RefuseUnreadableFormsAsync);
        app.UseAuthentication();
        app.Use(RejectInvalidTokensAsync);
        app.UseAuthorization();
        TokenEndpoint.Map(app);
        AuthorizeEndpoint.Map(app);
        SignInPage.Map(app);
        ExternalSignIn.Map(app);
        AccountEndpoints.Map(app);
        return app;
    }

    /// <summary>
    /// A form ASP.NET Core cannot decode (a NUL character, a broken encoding) is the caller's mistake: 400
    /// <c>BAD_REQUEST</c>, not the 500 the token validation's own form read would answer.
    /// </summary>
    private static async Task RefuseUnreadableFormsAsync(HttpContext context, Func<Task> next)
    {
        if (context.Request.HasFormContentType)
        {
            try
            {
                await context.Request.ReadFormAsync(context.RequestAborted);
            }
            catch (InvalidDataException)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await context.Response.WriteAsJsonAsync(new DakarCafe.Protocol.ErrorInfo(DakarCafe.Protocol.ErrorCodes.BadRequest,
                    "The form could not be read: it holds a NUL character or a broken encoding."), context.RequestAborted);
                return;
            }
        }

        await next();
    }

    /// <summary>A sync connection that presents a token must present a valid one; without a token it is anonymous.</summary>
    private static async Task RejectInvalidTokensAsync(HttpContext context, Func<Task> next)
    {
        if (context.Request.Path.StartsWithSegments(DakarCafe.Protocol.SyncHubMethods.Path)
            && (context.Request.Query.ContainsKey("access_token") || context.Request.Headers.Authorization.Count > 0)
            && context.User.Identity?.IsAuthenticated != true)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        await next();
    }
}
