using DakarCafe.Engine.Errors;
using DakarCafe.Protocol;
using OpenIddict.Abstractions;
using OpenIddict.Validation.AspNetCore;

namespace DakarCafe.Auth.Internal;

/// <summary>
/// POST /auth/sign-up (rate limited per address) and POST /auth/password (which signs every session out). Sign-in is
/// the password grant of /connect/token; sign-out is /connect/revoke.
/// </summary>
internal static class AccountEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapPost("auth/sign-up", async (SignUpRequest request, HttpContext http, AccountStore accounts, AuthRateLimiter limiter, CancellationToken ct) =>
            limiter.CheckSignUp(http) ?? await AnswerAsync(async () =>
                Results.Json(new SignUpResponse(await accounts.SignUpAsync(request.Email, request.Password, request.Name, ct)), statusCode: StatusCodes.Status201Created)));

        app.MapPost("auth/password", async (ChangePasswordRequest request, HttpContext http, AccountStore accounts, CancellationToken ct) =>
            await AnswerAsync(async () =>
            {
                await accounts.ChangePasswordAsync(Guid.Parse(http.User.GetClaim(OpenIddictConstants.Claims.Subject)!), request.CurrentPassword, request.NewPassword, ct);
                return Results.NoContent();
            }))
            .RequireAuthorization(policy => policy.AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme).RequireAuthenticatedUser());
    }

    private static async Task<IResult> AnswerAsync(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (AppError error)
        {
            var status = error.Code switch
            {
                ErrorCodes.Validation => StatusCodes.Status400BadRequest,
                ErrorCodes.Forbidden => StatusCodes.Status403Forbidden,
                ErrorCodes.Unavailable => StatusCodes.Status503ServiceUnavailable,
                ErrorCodes.Internal => StatusCodes.Status500InternalServerError,
                _ => StatusCodes.Status409Conflict,
            };
            return Results.Json(error.ToErrorInfo(), statusCode: status);
        }
    }

    internal sealed record SignUpRequest(string? Email, string? Password, string? Name);

    internal sealed record SignUpResponse(Guid UserId);

    internal sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);
}
