using System.Globalization;
using DakarCafe.Engine.Internal.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DakarCafe.Engine.Http;

/// <summary>
/// HTTP requests (token, sign-in, upload endpoints) that fail because the connection to PostgreSQL failed are
/// answered 503 <c>UNAVAILABLE</c> (OAuth's <c>temporarily_unavailable</c>) with <c>Retry-After</c> and a
/// <c>retryAfterMs</c>, not a 500 with an empty body;
/// the connection pools are cleared, so the next request gets a fresh connection.
/// </summary>
public static class DatabaseOutageReplies
{
    /// <summary>Adds the middleware; put it before the endpoints that use the database.</summary>
    public static IApplicationBuilder UseDatabaseOutageReplies(this IApplicationBuilder app)
    {
        var connections = app.ApplicationServices.GetRequiredService<ConnectionFailures>();
        return app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested && connections.Observe(e))
            {
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.RetryAfter = Math.Ceiling(ConnectionFailures.RetryAfterMilliseconds / 1000.0).ToString(CultureInfo.InvariantCulture);
                var unavailable = ConnectionFailures.Unavailable();
                // The engine's { code, message } beside OAuth's { error, error_description }, which the token endpoint's clients read.
                await context.Response.WriteAsJsonAsync(new Dictionary<string, object>
                {
                    ["code"] = unavailable.Code,
                    ["message"] = unavailable.Message,
                    ["retryAfterMs"] = ConnectionFailures.RetryAfterMilliseconds,
                    ["error"] = "temporarily_unavailable",
                    ["error_description"] = unavailable.Message,
                }, context.RequestAborted);
            }
        });
    }
}
