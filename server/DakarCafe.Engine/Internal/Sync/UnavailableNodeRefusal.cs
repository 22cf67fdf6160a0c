using DakarCafe.Protocol;
using Microsoft.AspNetCore.Http;

namespace DakarCafe.Engine.Internal.Sync;

/// <summary>
/// A node that cannot serve a sync connection refuses it at once with 503 <c>UNAVAILABLE</c>, and a proxy tries the
/// next node (nginx's <c>proxy_next_upstream http_503</c>); a client alone retries with backoff. Such a node is:
/// <list type="bullet">
/// <item>starting: it listens before its reactor is ready (its schema checked, the commit log read), and a connection
/// taken then would wait for it, a restarted node's whole start;</item>
/// <item>stopping: SignalR closes the open connections when the host starts stopping, and their clients reconnect at
/// once, possibly to this same node, which listens until everything else in it has stopped; a connection taken then
/// would be held, by a node whose reactor has stopped, until the host's shutdown timeout.</item>
/// </list>
/// </summary>
internal static class UnavailableNodeRefusal
{
    public static RequestDelegate Guard(RequestDelegate next, Task ready, CancellationToken stopping) =>
        http => ready.IsCompletedSuccessfully && !stopping.IsCancellationRequested ? next(http) : RefuseAsync(http);

    private static Task RefuseAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = "1";
        return http.Response.WriteAsJsonAsync(new { code = ErrorCodes.Unavailable, message = "This node is starting or stopping; connect again (another node takes the connection)." });
    }
}
