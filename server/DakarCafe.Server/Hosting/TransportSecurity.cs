using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace DakarCafe.Server.Hosting;

/// <summary>
/// TLS outside development. Kestrel serves HTTPS with a configured certificate (<c>--urls https://…</c> with
/// <c>Kestrel:Certificates:Default:Path</c>), or a TLS proxy in front forwards <c>X-Forwarded-Proto</c>
/// (<c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c>). Then HTTPS answers carry HSTS, a plain-HTTP request for a public
/// host name is redirected to HTTPS, and the sign-in cookie is <c>Secure</c> (it follows the request's scheme). Plain
/// HTTP stays for loopback host names (the README's run command, health probes on the machine), and in Development.
/// A server that listens on plain HTTP beyond loopback with neither says so when it starts.
/// </summary>
internal static partial class TransportSecurity
{
    public static void AddTransportSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
        builder.Services.AddHttpsRedirection(redirection => redirection.RedirectStatusCode = StatusCodes.Status308PermanentRedirect);
    }

    public static void UseTransportSecurity(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            return;
        }

        // HSTS is only ever sent on HTTPS answers, and never for localhost or loopback addresses.
        app.UseHsts();
        app.UseWhen(context => !context.Request.IsHttps && !IsLoopbackHost(context.Request.Host.Host), https => https.UseHttpsRedirection());
        var behindProxy = app.Configuration.GetValue("FORWARDEDHEADERS_ENABLED", defaultValue: false);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var exposed = addresses.Where(address => address.StartsWith("http://", StringComparison.Ordinal) && !IsLoopbackHost(new Uri(address).Host)).ToList();
            if (exposed.Count > 0 && !behindProxy)
            {
                Log.PlainHttpExposed(app.Logger, string.Join(", ", exposed));
            }
        });
    }

    private static bool IsLoopbackHost(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Serving plain HTTP beyond this machine ({Addresses}) outside Development: passwords and tokens cross the network in clear. " +
            "Listen on https:// with Kestrel:Certificates:Default:Path, or put a TLS proxy in front and set ASPNETCORE_FORWARDEDHEADERS_ENABLED=true (see README)")]
        public static partial void PlainHttpExposed(ILogger logger, string addresses);
    }
}
