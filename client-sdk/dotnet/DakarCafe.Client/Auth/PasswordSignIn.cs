using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace DakarCafe.Client.Auth;

/// <summary>
/// Signs in to a DakarCafé server with an email and password (the password grant of the first-party app client) and
/// keeps the session going: a fresh access token comes from the rotating refresh token, and from the password again
/// only if the refresh token was refused. <see cref="SignOutAsync"/> revokes the refresh token.
/// </summary>
public sealed class PasswordSignIn : IAccessTokenProvider, IDisposable
{
    /// <summary>The first-party app client of the token server.</summary>
    public const string AppClientId = "dakarcafe-app";

    private readonly HttpClient _http;
    private readonly string _email;
    private readonly string _password;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AccessToken? _current;
    private string? _refreshToken;

    /// <summary>Signs in lazily: the first token is fetched when the client first asks.</summary>
    public PasswordSignIn(Uri serverUrl, string email, string password, TimeProvider? time = null)
    {
        _http = new HttpClient { BaseAddress = serverUrl };
        (_email, _password, _time) = (email, password, time ?? TimeProvider.System);
    }

    /// <summary>Raised with each new access token (after the first sign-in and every refresh).</summary>
    public event Action<AccessToken>? TokenIssued;

    /// <inheritdoc />
    public async Task<AccessToken?> GetAccessTokenAsync(bool forceRefresh, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (_current is { } current && !forceRefresh && (current.ExpiresAt is null || current.ExpiresAt > _time.GetUtcNow()))
            {
                return current;
            }

            var granted = (_refreshToken is { } refresh ? await GrantAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = refresh }, ct) : null)
                ?? await GrantAsync(new() { ["grant_type"] = "password", ["username"] = _email, ["password"] = _password, ["scope"] = "offline_access email roles" }, ct)
                ?? throw new DakarCafeException(new Protocol.ErrorInfo(Protocol.ErrorCodes.AuthRequired, "The email or password was refused."));
            _refreshToken = granted.RefreshToken ?? _refreshToken;
            _current = new AccessToken(granted.AccessToken, _time.GetUtcNow().AddSeconds(granted.ExpiresIn));
            TokenIssued?.Invoke(_current);
            return _current;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Revokes the refresh token and forgets the session.</summary>
    public async Task SignOutAsync(CancellationToken ct = default)
    {
        if (_refreshToken is { } refresh)
        {
            using var response = await _http.PostAsync(new Uri("/connect/revoke", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["client_id"] = AppClientId,
                ["token"] = refresh,
                ["token_type_hint"] = "refresh_token",
            }), ct);
        }

        (_current, _refreshToken) = (null, null);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _http.Dispose();
        _gate.Dispose();
    }

    /// <summary>The grant's tokens, or null when the token server refused it (a spent refresh token, a wrong password).</summary>
    private async Task<Grant?> GrantAsync(Dictionary<string, string> form, CancellationToken ct)
    {
        form["client_id"] = AppClientId;
        using var response = await _http.PostAsync(new Uri("/connect/token", UriKind.Relative), new FormUrlEncodedContent(form), ct);
        if ((int)response.StatusCode is 400 or 401 or 403)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<Grant>(ct);
    }

    private sealed record Grant(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("refresh_token")] string? RefreshToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
