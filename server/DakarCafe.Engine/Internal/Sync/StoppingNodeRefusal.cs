using DakarCafe.Protocol;
using Microsoft.AspNetCore.Http;

namespace DakarCafe.Engine.Internal.Sync;

/// <summary>
/// A stopping node refuses new sync connections. When the host starts stopping, SignalR closes the open ones and their
/// clients reconnect at once, through the proxy, possibly to this same node: it keeps listening until every other part
/// of it has stopped (the web server stops last), and a connection opened meanwhile would be held, by a node whose
/// reactor has stopped, until the host's shutdown timeout. So from that moment the hub answers 503 <c>UNAVAILABLE</c>,
/// and a proxy tries the next node (nginx's <c>proxy_next_upstream http_503</c>); a client alone retries with backoff.
/// </summary>
internal static class StoppingNodeRefusal
{
    public static RequestDelegate Guard(RequestDelegate next, CancellationToken stopping) =>
        http => stopping.IsCancellationRequested ? RefuseAsync(http) : next(http);

    private static Task RefuseAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = "1";
        return http.Response.WriteAsJsonAsync(new { code = ErrorCodes.Unavailable, message = "This node is stopping; connect again (another node takes the connection)." });
    }
}
