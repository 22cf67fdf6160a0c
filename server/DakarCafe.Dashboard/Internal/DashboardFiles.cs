using System.Collections.Frozen;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace DakarCafe.Dashboard.Internal;

/// <summary>
/// The web app's files, embedded in this assembly at build time. Its assets have hashed names and are cached for a
/// year; the page itself (for every path that is not a file: the app routes by hash) is never cached, so a new
/// version is picked up at once. The page may talk to this server only and may not be framed.
/// </summary>
internal sealed class DashboardFiles
{
    private const string Prefix = "dashboard/";
    private const string Page = "index.html";
    private const string Policy =
        "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private readonly FrozenSet<string> _files = typeof(DashboardFiles).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Select(n => n[Prefix.Length..]).ToFrozenSet(StringComparer.Ordinal);

    private readonly FileExtensionContentTypeProvider _types = new();

    public IResult Serve(string? file, HttpRequest request, HttpResponse response)
    {
        if (!request.Path.Value!.EndsWith('/') && string.IsNullOrEmpty(file))
        {
            // The app's relative addresses (its assets) need the trailing slash.
            return Results.Redirect(request.PathBase + DashboardEndpoints.Path);
        }

        var name = file is { Length: > 0 } && _files.Contains(file) ? file : Page;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = Policy;
        response.Headers.CacheControl = name == Page ? "no-cache" : "public, max-age=31536000, immutable";
        var type = _types.TryGetContentType(name, out var known) ? known : "application/octet-stream";
        return Results.Stream(typeof(DashboardFiles).Assembly.GetManifestResourceStream(Prefix + name)!, type);
    }
}
