using DakarCafe.Engine.Functions;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Validation.AspNetCore;

namespace DakarCafe.Server.Auth;

/// <summary>
/// The token server inside the shop: OpenIddict with its stores in the same PostgreSQL, the password and refresh-token
/// grants for the first-party apps, client credentials for services, revocation for sign-out, persisted keys, and
/// the accounts behind them. Tokens authorize HTTP calls and the sync connection (<c>?access_token=</c>).
/// </summary>
internal static class AuthModule
{
    public const string HealthCheckName = "auth";

    public static void AddShopAuth(this WebApplicationBuilder builder, string connectionString)
    {
        var configured = builder.Configuration.GetSection("Auth").Get<AuthSettings>() ?? new AuthSettings();
        var settings = configured with { ServiceClientSecret = configured.ServiceSecretFor(builder.Environment) };
        builder.Services.AddSingleton(settings);
        builder.Services.AddDbContext<AuthDbContext>(db => db.UseNpgsql(connectionString).UseOpenIddict());
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
        builder.Services.AddSingleton<AccountStore>();
        builder.Services.AddSingleton<AuthRateLimiter>();
        builder.Services.AddSingleton<ICallerAuthenticator, OpenIddictCallerAuthenticator>();
        builder.Services.AddSingleton<AuthStoreInitializer>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<AuthStoreInitializer>());
        builder.Services.AddHealthChecks().AddCheck<AuthHealthCheck>(HealthCheckName);
    }

    /// <summary>
    /// Accounts are Marten documents but not engine documents: no function reads them and their writes stay out of the
    /// commit log. OpenIddict's tables join Marten's migrations (created at a development start, written into
    /// <c>db-patch</c>'s reviewed script for production), mapped from the Entity Framework model.
    /// </summary>
    public static void ConfigureMarten(Marten.StoreOptions options)
    {
        options.Schema.For<Account>().UniqueIndex(a => a.Email);
        using var model = new AuthDbContext(new DbContextOptionsBuilder<AuthDbContext>().UseNpgsql().UseOpenIddict().Options);
        options.Storage.ExtendedSchemaObjects.AddRange(Weasel.EntityFrameworkCore.DbContextExtensions.GetSchemaObjectsForMigration(model, options.Advanced.Migrator));
    }

    public static void MapShopAuth(this WebApplication app)
    {
        app.Use(RefuseUnreadableFormsAsync);
        app.UseAuthentication();
        app.Use(RejectInvalidTokensAsync);
        app.UseAuthorization();
        TokenEndpoint.Map(app);
        AuthorizeEndpoint.Map(app);
        SignInPage.Map(app);
        ExternalSignIn.Map(app);
        AccountEndpoints.Map(app);
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
