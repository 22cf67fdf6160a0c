using System.Security.Claims;
using System.Text.Encodings.Web;
using DakarCafe.Engine.Functions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DakarCafe.Testing.Internal;

/// <summary>
/// Teaches a test app to accept test identities beside its own sign-in: requests carrying a test token are
/// authenticated by <see cref="TestIdentityTokens"/>, every other request by the app's own default scheme, and the
/// engine's <see cref="ICallerAuthenticator"/> reads test tokens handed to a live connection too.
/// </summary>
internal static class TestIdentityAuthentication
{
    private const string Selector = "DakarCafe.TestIdentityOrApp";

    public static void AddTo(IServiceCollection services)
    {
        var app = new AppScheme();
        // The selector reads the app's scheme per request, by which time the authentication options that record it are built.
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, Handler>(TestIdentityTokens.Scheme, null)
            .AddPolicyScheme(Selector, null, policy => policy.ForwardDefaultSelector = context =>
                TestIdentityTokens.IsTestToken(TestIdentityTokens.From(context.Request)) || app.Name is null ? TestIdentityTokens.Scheme : app.Name);
        services.AddOptions<AuthenticationOptions>().PostConfigure(options =>
        {
            // Runs after the app's own configuration: its default scheme is remembered, then put behind the selector.
            app.Name = options.DefaultAuthenticateScheme ?? options.DefaultScheme;
            options.DefaultScheme = Selector;
            options.DefaultAuthenticateScheme = Selector;
        });
        Decorate(services);
    }

    /// <summary>Puts the test reader in front of the app's <see cref="ICallerAuthenticator"/>.</summary>
    private static void Decorate(IServiceCollection services)
    {
        var app = services.LastOrDefault(d => d.ServiceType == typeof(ICallerAuthenticator))
            ?? throw new InvalidOperationException("The app registers no ICallerAuthenticator: is the engine added (AddDakarCafeEngine)?");
        services.RemoveAll<ICallerAuthenticator>();
        services.AddSingleton<ICallerAuthenticator>(provider => new CallerAuthenticator(app switch
        {
            { ImplementationInstance: ICallerAuthenticator instance } => instance,
            { ImplementationFactory: { } factory } => (ICallerAuthenticator)factory(provider),
            _ => (ICallerAuthenticator)ActivatorUtilities.CreateInstance(provider, app.ImplementationType!),
        }));
    }

    /// <summary>The app's own default scheme, once the options have been built.</summary>
    private sealed class AppScheme
    {
        public string? Name { get; set; }
    }

    private sealed class Handler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync() =>
            Task.FromResult(TestIdentityTokens.Read(TestIdentityTokens.From(Request)) is { } principal
                ? AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name))
                : AuthenticateResult.NoResult());
    }

    private sealed class CallerAuthenticator(ICallerAuthenticator app) : ICallerAuthenticator
    {
        public CallerIdentity Identify(ClaimsPrincipal? user) =>
            user?.Identity?.AuthenticationType == TestIdentityTokens.Scheme ? CallerIdentity.From(user) : app.Identify(user);

        public Task<CallerIdentity?> AuthenticateAsync(string accessToken, CancellationToken ct) =>
            TestIdentityTokens.Read(accessToken) is { } principal ? Task.FromResult<CallerIdentity?>(CallerIdentity.From(principal)) : app.AuthenticateAsync(accessToken, ct);

        public Task<IReadOnlySet<string>> FindRevokedAsync(IReadOnlySet<string> tokenIds, CancellationToken ct) => app.FindRevokedAsync(tokenIds, ct);
    }
}
