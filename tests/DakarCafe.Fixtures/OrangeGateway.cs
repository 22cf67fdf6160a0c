using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace DakarCafe.Fixtures;

/// <summary>
/// Orange's API gateway as the sandboxes speak it: client-credentials tokens from <c>POST /oauth/v3/token</c>
/// (<c>expires_in</c> a string, as Orange sends it), and the bearer check of the APIs behind it (Orange Money, SMS).
/// </summary>
public sealed class OrangeGateway(string clientId, string clientSecret)
{
    private readonly ConcurrentDictionary<string, bool> _issued = new();

    /// <summary>The tokens granted so far.</summary>
    public int TokensGranted => _issued.Count;

    public async Task<IResult> GrantAsync(HttpRequest request, CancellationToken ct)
    {
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{clientSecret}"));
        var form = await request.ReadFormAsync(ct);
        if (request.Headers.Authorization.ToString() != $"Basic {basic}" || form["grant_type"] != "client_credentials")
        {
            return Results.Json(new { error = "invalid_client" }, statusCode: 401);
        }

        var token = "at-" + Guid.NewGuid().ToString("N");
        _issued[token] = true;
        return Results.Json(new { token_type = "Bearer", access_token = token, expires_in = "7776000" });
    }

    /// <summary>Whether the request carries a token this gateway granted.</summary>
    public bool Admits(HttpRequest request) =>
        request.Headers.Authorization.ToString() is var header && header.StartsWith("Bearer ", StringComparison.Ordinal) && _issued.ContainsKey(header[7..]);
}
