using System.Diagnostics;
using System.Net;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using DakarCafe.Schema;

namespace DakarCafe.Probe;

/// <summary>Tokens and accounts: revocation, the service client, sign-in abuse, sign-up floods, redirects.</summary>
internal static class AccountProbes
{
    private const string Category = "tokens & accounts";

    private static readonly string[] ReturnUrls =
    [
        "https://evil.example/", "//evil.example/", "/\\evil.example/", "/\t/evil.example/", "/\n/evil.example/",
        "/\r\n/evil.example/", " //evil.example/", "/ /evil.example/", "\\\\evil.example/", "javascript:alert(1)",
    ];

    public static IEnumerable<Probe> All =>
    [
        new(Category, "refresh token used after a password change", RefreshAfterPasswordChangeAsync),
        new(Category, "access token on a new connection after sign-out", AccessTokenAfterSignOutAsync),
        new(Category, "access token on a new connection after revoking it", AccessTokenAfterItsRevocationAsync),
        new(Category, "live connection keeps the identity after sign-out (bound 30 s)", LiveConnectionAfterSignOutAsync),
        new(Category, "client credentials with the development secret", DevelopmentServiceSecretAsync),
        new(Category, "refresh token replayed after rotation", ReplayedRefreshTokenAsync),
        new(Category, "owner locked out by guesses from another address", LockoutAsync),
        new(Category, "unknown email answered faster than a wrong password", EnumerationByTimingAsync),
        new(Category, "30 sign-ups from one address", SignUpFloodAsync),
        .. ReturnUrls.Select(url => new Probe(Category, $"sign-in redirect to {Printable(url)}", (c, ct) => OpenRedirectAsync(c, url, ct))),
        new(Category, "a form holding NUL answered 500", NulFormAsync),
    ];

    private static async Task<string?> RefreshAfterPasswordChangeAsync(ProbeContext context, CancellationToken ct)
    {
        var (email, first) = await context.NewUserAsync();
        using var http = context.FreshAddress();
        var tokens = new TokenClient(http);
        var second = (await tokens.PasswordGrantAsync(email, ProbeContext.Password)).Tokens!;
        await tokens.ChangePasswordAsync(second.AccessToken, ProbeContext.Password, "Nouveau-2026");
        var refreshed = await tokens.RefreshAsync(first.RefreshToken!);
        return refreshed.Tokens is null ? null : "the old session's refresh token still gave tokens";
    }

    private static async Task<string?> AccessTokenAfterSignOutAsync(ProbeContext context, CancellationToken ct)
    {
        var (_, tokens) = await context.NewUserAsync();
        using var http = context.FreshAddress();
        await new TokenClient(http).RevokeAsync(tokens.RefreshToken!);
        return await RefusedOnConnectAsync(context, tokens.AccessToken, ct);
    }

    private static async Task<string?> AccessTokenAfterItsRevocationAsync(ProbeContext context, CancellationToken ct)
    {
        var (_, tokens) = await context.NewUserAsync();
        using var http = context.FreshAddress();
        await new TokenClient(http).RevokeAsync(tokens.AccessToken, "access_token");
        return await RefusedOnConnectAsync(context, tokens.AccessToken, ct);
    }

    private static async Task<string?> LiveConnectionAfterSignOutAsync(ProbeContext context, CancellationToken ct)
    {
        var (_, tokens) = await context.NewUserAsync();
        await using var client = await context.ConnectAsync(tokens.AccessToken, ct);
        var me = await client.SubscribeAsync(Api.Users.GetCurrentUser, new NoArgs(), ct);
        await me.ResultAsync(ct);
        using var http = context.FreshAddress();
        await new TokenClient(http).RevokeAsync(tokens.RefreshToken!);
        var signedOutBy = Stopwatch.StartNew();
        while (me.Error?.Code != ErrorCodes.AuthRequired)
        {
            if (signedOutBy.Elapsed > TimeSpan.FromSeconds(35))
            {
                return "the live connection still answered as the user 35 s after sign-out";
            }

            await Task.Delay(250, ct);
        }

        return null;
    }

    private static async Task<string?> DevelopmentServiceSecretAsync(ProbeContext context, CancellationToken ct)
    {
        using var http = context.FreshAddress();
        var result = await new TokenClient(http).ClientCredentialsAsync("dakarcafe-service", "dev-service-secret-change-me");
        return result.Tokens is null ? null : "a token was issued for the development secret";
    }

    private static async Task<string?> ReplayedRefreshTokenAsync(ProbeContext context, CancellationToken ct)
    {
        var (_, tokens) = await context.NewUserAsync();
        using var http = context.FreshAddress();
        var client = new TokenClient(http);
        await client.RefreshAsync(tokens.RefreshToken!);
        await Task.Delay(TimeSpan.FromSeconds(7), ct);
        return (await client.RefreshAsync(tokens.RefreshToken!)).Tokens is null ? null : "a rotated refresh token was accepted 7 s later";
    }

    private static async Task<string?> LockoutAsync(ProbeContext context, CancellationToken ct)
    {
        var (email, _) = await context.NewUserAsync();
        using var guesser = context.FreshAddress();
        for (var i = 0; i < 40; i++)
        {
            await new TokenClient(guesser).PasswordGrantAsync(email, $"guess-{i}");
        }

        using var owner = context.FreshAddress();
        var signedIn = await new TokenClient(owner).PasswordGrantAsync(email, ProbeContext.Password);
        return signedIn.Tokens is not null ? null : $"the owner got {signedIn.Error} after 40 guesses from another address";
    }

    private static async Task<string?> EnumerationByTimingAsync(ProbeContext context, CancellationToken ct)
    {
        var (email, _) = await context.NewUserAsync();
        var known = await MedianAsync(() => context.FreshAddress(), email);
        var unknown = await MedianAsync(() => context.FreshAddress(), $"nobody-{Guid.NewGuid():N}@example.sn");
        return unknown * 2 > known ? null : $"unknown email {unknown:0} ms, wrong password {known:0} ms (medians of 7)";
    }

    private static async Task<double> MedianAsync(Func<HttpClient> address, string email)
    {
        var times = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            using var http = address();
            var watch = Stopwatch.StartNew();
            await new TokenClient(http).PasswordGrantAsync(email, "wrong-password");
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return times.Order().ElementAt(times.Count / 2);
    }

    private static async Task<string?> SignUpFloodAsync(ProbeContext context, CancellationToken ct)
    {
        using var http = context.FreshAddress();
        var tokens = new TokenClient(http);
        var refused = 0;
        for (var i = 0; i < 30; i++)
        {
            refused += (await tokens.SignUpAsync($"flood-{Guid.NewGuid():N}@example.sn", ProbeContext.Password)).Status == HttpStatusCode.TooManyRequests ? 1 : 0;
        }

        return refused > 0 ? null : "all 30 sign-ups from one address were accepted";
    }

    private static async Task<string?> OpenRedirectAsync(ProbeContext context, string returnUrl, CancellationToken ct)
    {
        var (email, _) = await context.NewUserAsync();
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = context.Server };
        using var response = await http.PostAsync(new Uri("/auth/sign-in", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email,
            ["password"] = ProbeContext.Password,
            ["returnUrl"] = returnUrl,
        }), ct);
        var location = response.Headers.Location?.OriginalString;
        return location == "/" ? null : $"answered {(int)response.StatusCode} to {Printable(location ?? "(none)")}";
    }

    private static async Task<string?> NulFormAsync(ProbeContext context, CancellationToken ct)
    {
        using var http = context.FreshAddress();
        using var response = await http.PostAsync(new Uri("/connect/token", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["username"] = "a\0@example.sn",
            ["password"] = "x",
        }), ct);
        return response.StatusCode == HttpStatusCode.BadRequest ? null : $"answered {(int)response.StatusCode}";
    }

    private static async Task<string?> RefusedOnConnectAsync(ProbeContext context, string accessToken, CancellationToken ct)
    {
        try
        {
            await using var client = await context.ConnectAsync(accessToken, ct);
            return "a new connection opened with the revoked token";
        }
        catch (HttpRequestException e) when (e.StatusCode == HttpStatusCode.Unauthorized)
        {
            return null;
        }
    }

    private static string Printable(string text) => string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
