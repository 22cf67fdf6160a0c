using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace DakarCafe.Testing.Internal;

/// <summary>
/// The access tokens test clients present: the identity itself, readable, under a prefix no real token has. Only a
/// test app accepts them (its authentication and its engine are told to); a deployed server never does.
/// </summary>
internal static class TestIdentityTokens
{
    public const string Scheme = "DakarCafe.TestIdentity";

    private const string Prefix = "dakarcafe-test.";

    public static string Create(TestIdentity identity) =>
        Prefix + WebEncoders.Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(new Payload(identity.UserId, identity.Email, identity.Roles)));

    public static bool IsTestToken(string? token) => token?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    /// <summary>The principal a test token stands for; null when it is not one.</summary>
    public static ClaimsPrincipal? Read(string? token)
    {
        if (!IsTestToken(token))
        {
            return null;
        }

        var identity = JsonSerializer.Deserialize<Payload>(WebEncoders.Base64UrlDecode(token![Prefix.Length..]))!;
        var claims = new List<Claim> { new("sub", identity.UserId) };
        if (identity.Email is { } email)
        {
            claims.Add(new Claim("email", email));
        }

        claims.AddRange(identity.Roles.Select(role => new Claim("role", role)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme, "sub", "role"));
    }

    /// <summary>The token a request carries: the bearer header, or <c>access_token</c> in the query (the sync connection's WebSocket).</summary>
    public static string? From(Microsoft.AspNetCore.Http.HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim();
        }

        return request.Query["access_token"].ToString() is { Length: > 0 } query ? query : null;
    }

    /// <summary>What a token carries.</summary>
    private sealed record Payload(string UserId, string? Email, IReadOnlyList<string> Roles);
}
