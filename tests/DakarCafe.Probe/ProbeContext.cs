using DakarCafe.Client;
using DakarCafe.Client.Auth;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using Microsoft.AspNetCore.SignalR.Client;

namespace DakarCafe.Probe;

/// <summary>
/// What the probes share: the server, its sample admin's token, and fresh accounts, each made from its own loopback
/// address (127.0.1.x), so the sign-up throttle is met only where a probe means to meet it.
/// </summary>
internal sealed class ProbeContext
{
    public const string Password = "Teranga-2026";
    private int _addresses;

    private ProbeContext(Uri server, string adminToken)
    {
        Server = server;
        AdminToken = adminToken;
    }

    public Uri Server { get; }

    public string AdminToken { get; }

    public static async Task<ProbeContext> StartAsync(Uri server)
    {
        using var http = new HttpClient { BaseAddress = server };
        var admin = await new TokenClient(http).PasswordGrantAsync("admin@dakarcafe.sn", "Admin-Teranga-2026");
        return new ProbeContext(server, admin.Tokens?.AccessToken ?? throw new InvalidOperationException($"The sample admin could not sign in: {admin.Error}"));
    }

    /// <summary>An HTTP client whose connections come from a loopback address no other probe used.</summary>
    public HttpClient FreshAddress() => SourceAddress.Client(Server, $"127.0.1.{(Interlocked.Increment(ref _addresses) % 250) + 2}");

    /// <summary>A new account (its email) and its tokens.</summary>
    public async Task<(string Email, TokenClient.Tokens Tokens)> NewUserAsync()
    {
        using var http = FreshAddress();
        var email = $"probe-{Guid.NewGuid():N}@example.sn";
        return (email, await new TokenClient(http).SignUpAndSignInAsync(email, Password));
    }

    public async Task<DakarCafeClient> ConnectAsync(string? accessToken, CancellationToken ct)
    {
        var client = new DakarCafeClient(new DakarCafeClientOptions
        {
            ServerUrl = Server,
            TokenProvider = accessToken is null ? null : new FixedAccessToken(accessToken),
            CallTimeout = TimeSpan.FromSeconds(30),
        });
        await client.ConnectAsync(ct);
        return client;
    }

    /// <summary>A call with arguments as raw JSON text, as no SDK would send them.</summary>
    public async Task<FunctionResult> CallRawAsync(string method, string function, string argsJson, string? accessToken, CancellationToken ct)
    {
        await using var raw = await RawSyncConnection.ConnectAsync(Server, $"probe-{Guid.NewGuid():N}", accessToken: accessToken);
        return await raw.Hub.InvokeAsync<FunctionResult>(method, new FunctionCall(1, function, argsJson), ct);
    }

    /// <summary>Null when the call failed with one of <paramref name="codes"/>; else what it answered.</summary>
    public static string? Refused(FunctionResult result, params string[] codes) =>
        result.Error is { } error && codes.Contains(error.Code) ? null : $"answered {result.Error?.Code ?? "a value"}: {result.Error?.Message ?? System.Text.Encoding.UTF8.GetString(result.Value ?? [])}";

    /// <summary>Null when the call throws a <see cref="DakarCafeException"/> with one of <paramref name="codes"/>.</summary>
    public static async Task<string?> RefusedAsync(Func<Task> call, params string[] codes)
    {
        try
        {
            await call();
            return "it succeeded";
        }
        catch (DakarCafeException e)
        {
            return codes.Contains(e.Code) ? null : $"answered {e.Code}: {e.Message}";
        }
    }
}
