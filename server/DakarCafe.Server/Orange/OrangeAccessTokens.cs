using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DakarCafe.Server.Orange;

/// <summary>
/// Tokens for Orange's API gateway, shared by Orange Money Web Payment and the SMS API: OAuth client credentials
/// (<c>POST oauth/v3/token</c>, the client's id and secret as Basic authentication), each kept until shortly before
/// it expires, one per client id. A refusal, or an answer without a token, is an <see cref="HttpRequestException"/>.
/// </summary>
internal sealed class OrangeAccessTokens(TimeProvider time) : IDisposable
{
    /// <summary>A token is renewed this long before Orange says it expires.</summary>
    private static readonly TimeSpan RenewalMargin = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, (string Value, DateTimeOffset Expires)> _tokens = [];

    /// <summary>The <c>Authorization</c> header for a call to Orange with <paramref name="client"/> (whose base address is the gateway's).</summary>
    public async Task<AuthenticationHeaderValue> BearerAsync(HttpClient client, string clientId, string clientSecret, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (!_tokens.TryGetValue(clientId, out var token) || token.Expires <= time.GetUtcNow())
            {
                token = await GrantAsync(client, clientId, clientSecret, ct);
                _tokens[clientId] = token;
            }

            return new AuthenticationHeaderValue("Bearer", token.Value);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<(string Value, DateTimeOffset Expires)> GrantAsync(HttpClient client, string clientId, string clientSecret, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "oauth/v3/token")
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]),
        };
        request.Headers.Authorization = new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{clientSecret}")));
        using var response = await client.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Orange refused the client credentials ({(int)response.StatusCode}).", null, response.StatusCode);
        }

        TokenGrant? granted;
        try
        {
            granted = await response.Content.ReadFromJsonAsync<TokenGrant>(ct);
        }
        catch (JsonException)
        {
            granted = null;
        }

        if (granted is not { AccessToken: { Length: > 0 } value })
        {
            throw new HttpRequestException("Orange granted no token.");
        }

        return (value, time.GetUtcNow() + TimeSpan.FromSeconds(Math.Max(granted.Seconds, 60)) - RenewalMargin);
    }

    /// <summary>Orange sends <c>expires_in</c> as a string of seconds; other gateways send a number.</summary>
    private sealed record TokenGrant(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] JsonElement ExpiresIn)
    {
        public long Seconds => ExpiresIn.ValueKind switch
        {
            JsonValueKind.Number => ExpiresIn.GetInt64(),
            JsonValueKind.String when long.TryParse(ExpiresIn.GetString(), out var seconds) => seconds,
            _ => 0,
        };
    }
}
