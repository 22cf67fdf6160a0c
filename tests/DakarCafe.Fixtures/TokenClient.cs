using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using FluentAssertions;

namespace DakarCafe.Fixtures;

/// <summary>The shop's account and token endpoints over real HTTP, as the apps call them.</summary>
public sealed class TokenClient(HttpClient http)
{
    public const string App = "dakarcafe-app";

    public async Task<(HttpStatusCode Status, JsonElement Body)> SignUpAsync(string email, string password, string name = "Awa Diop")
    {
        using var response = await http.PostAsJsonAsync(new Uri("/auth/sign-up", UriKind.Relative), new { email, password, name });
        var body = await response.Content.ReadAsStringAsync();
        try
        {
            return (response.StatusCode, JsonSerializer.Deserialize<JsonElement>(body));
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"Sign-up answered {(int)response.StatusCode} with a body that is not JSON: {body}", e);
        }
    }

    public async Task<Tokens> SignUpAndSignInAsync(string email, string password = "Teranga-2026")
    {
        (await SignUpAsync(email, password)).Status.Should().Be(HttpStatusCode.Created);
        return (await PasswordGrantAsync(email, password)).Tokens!;
    }

    public Task<TokenResult> PasswordGrantAsync(string email, string password) => GrantAsync(new()
    {
        ["grant_type"] = "password",
        ["client_id"] = App,
        ["username"] = email,
        ["password"] = password,
        ["scope"] = "offline_access email roles",
    });

    public Task<TokenResult> RefreshAsync(string refreshToken) => GrantAsync(new()
    {
        ["grant_type"] = "refresh_token",
        ["client_id"] = App,
        ["refresh_token"] = refreshToken,
    });

    public Task<TokenResult> ClientCredentialsAsync(string clientId, string secret) => GrantAsync(new()
    {
        ["grant_type"] = "client_credentials",
        ["client_id"] = clientId,
        ["client_secret"] = secret,
    });

    /// <summary>Revokes a token at /connect/revoke, as signing out does (a refresh token by default).</summary>
    public async Task<HttpStatusCode> RevokeAsync(string token, string tokenTypeHint = "refresh_token")
    {
        using var response = await http.PostAsync(new Uri("/connect/revoke", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = App,
            ["token"] = token,
            ["token_type_hint"] = tokenTypeHint,
        }));
        return response.StatusCode;
    }

    public async Task<HttpStatusCode> ChangePasswordAsync(string accessToken, string current, string replacement)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/auth/password")
        {
            Content = JsonContent.Create(new { currentPassword = current, newPassword = replacement }),
            Headers = { Authorization = new("Bearer", accessToken) },
        };
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    private async Task<TokenResult> GrantAsync(Dictionary<string, string> form)
    {
        using var response = await http.PostAsync(new Uri("/connect/token", UriKind.Relative), new FormUrlEncodedContent(form));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return response.IsSuccessStatusCode
            ? new TokenResult(body.Deserialize<Tokens>(), null, null)
            : new TokenResult(null, body.GetProperty("error").GetString(), body.TryGetProperty("error_description", out var d) ? d.GetString() : null);
    }

    public sealed record TokenResult(Tokens? Tokens, string? Error, string? ErrorDescription);

    public sealed record Tokens(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("refresh_token")] string? RefreshToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
