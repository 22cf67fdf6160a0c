using System.Collections.Immutable;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace DakarCafe.Auth.Internal;

/// <summary>POST /connect/token: the password, refresh-token, authorization-code (with PKCE) and client-credentials grants.</summary>
internal static partial class TokenEndpoint
{
    public static void Map(WebApplication app) => app.MapPost("connect/token", async (
        HttpContext http, AccountStore accounts, AuthRateLimiter limiter, ILoggerFactory logs, CancellationToken ct) =>
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var logger = logs.CreateLogger(typeof(TokenEndpoint));
        if (request.IsPasswordGrantType())
        {
            if (limiter.CheckSignIn(request.Username, http) is { } tooMany)
            {
                Log.SignInRateLimited(logger, request.ClientId);
                return tooMany;
            }

            var account = await accounts.VerifyAsync(request.Username, request.Password, ct);
            if (account is null)
            {
                Log.SignInRefused(logger, request.ClientId);
                return Refuse("The email or password is wrong.");
            }

            return SignIn(ForAccount(account, request.GetScopes()));
        }

        if (request.IsRefreshTokenGrantType() || request.IsAuthorizationCodeGrantType())
        {
            var previous = (await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
            var account = Guid.TryParse(previous?.GetClaim(Claims.Subject), out var id) ? await accounts.FindAsync(id, ct) : null;
            return account is { IsActive: true } ? SignIn(ForAccount(account, previous!.GetScopes())) : Refuse("The account is no longer active.");
        }

        if (request.IsClientCredentialsGrantType())
        {
            var identity = NewIdentity();
            identity.AddClaim(Claims.Subject, request.ClientId!);
            identity.AddClaim(Claims.Role, AuthClients.ServiceRole);
            identity.SetScopes(request.GetScopes());
            return SignIn(identity);
        }

        return Refuse("This grant type is not supported.", Errors.UnsupportedGrantType);
    });

    public static ClaimsIdentity ForAccount(Account account, ImmutableArray<string> scopes)
    {
        var identity = NewIdentity();
        identity.AddClaim(Claims.Subject, account.Id.ToString());
        identity.AddClaim(Claims.Email, account.Email);
        identity.AddClaim(Claims.Role, account.Role);
        identity.SetScopes(scopes);
        return identity;
    }

    private static ClaimsIdentity NewIdentity() => new(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);

    public static IResult SignIn(ClaimsIdentity identity)
    {
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static IResult Refuse(string description, string error = Errors.InvalidGrant) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Sign-in refused for client {ClientId}: wrong email or password")]
        public static partial void SignInRefused(ILogger logger, string? clientId);

        [LoggerMessage(2, LogLevel.Warning, "Sign-in refused for client {ClientId}: too many attempts")]
        public static partial void SignInRateLimited(ILogger logger, string? clientId);
    }
}
