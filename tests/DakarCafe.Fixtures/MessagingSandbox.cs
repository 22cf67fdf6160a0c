using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DakarCafe.Fixtures;

/// <summary>
/// The push and SMS providers on 127.0.0.1, speaking their real HTTP shapes: Expo's push API
/// (<c>POST /--/api/v2/push/send</c>, <c>Idempotency-Key</c>) and Orange's SMS API
/// (<c>POST /smsmessaging/v1/outbound/{sender}/requests</c>, <c>clientCorrelator</c>) behind Orange's OAuth gateway.
/// It checks the bearer tokens,
/// delivers each key once (a repeat is answered as the first was, and delivers nothing), and can be told to fail or
/// to take a message and then stall before answering, as a provider does when the network drops its reply.
/// </summary>
public sealed class MessagingSandbox : IAsyncDisposable
{
    public const string Push = "push";
    public const string Sms = "sms";
    public const string PushAccessToken = "expo-access-token";
    public const string SmsClientId = "sms-client";
    public const string SmsClientSecret = "sms-secret";

    private readonly ConcurrentDictionary<string, SentMessage> _delivered = new();
    private readonly ProviderFaults _faults = new();
    private readonly OrangeGateway _orange = new(SmsClientId, SmsClientSecret);
    private WebApplication _app = null!;

    private MessagingSandbox()
    {
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The shop's settings for these providers.</summary>
    public IReadOnlyDictionary<string, string?> ShopSettings() => new Dictionary<string, string?>
    {
        ["Notifications:Push:BaseUrl"] = BaseAddress.ToString(),
        ["Notifications:Push:AccessToken"] = PushAccessToken,
        ["Notifications:Sms:BaseUrl"] = BaseAddress.ToString(),
        ["Notifications:Sms:ClientId"] = SmsClientId,
        ["Notifications:Sms:ClientSecret"] = SmsClientSecret,
        ["Notifications:Sms:SenderNumber"] = "+221338000000",
    };

    public static async Task<MessagingSandbox> StartAsync()
    {
        var sandbox = new MessagingSandbox();
        (sandbox._app, sandbox.BaseAddress) = await ProviderFaults.StartLoopbackAsync(app =>
        {
            app.MapPost("/--/api/v2/push/send", sandbox.PushAsync);
            app.MapPost("/oauth/v3/token", sandbox._orange.GrantAsync);
            app.MapPost("/smsmessaging/v1/outbound/{sender}/requests", sandbox.SmsAsync);
        });
        return sandbox;
    }

    /// <summary>The next <paramref name="count"/> requests to the channel answer <paramref name="status"/> and deliver nothing.</summary>
    public void FailNext(string channel, int count, HttpStatusCode status = HttpStatusCode.ServiceUnavailable) => _faults.FailNext(channel, count, status);

    /// <summary>The next <paramref name="count"/> requests to the channel deliver their message, then answer only after <paramref name="delay"/>.</summary>
    public void StallNext(string channel, int count, TimeSpan delay) => _faults.StallNext(channel, count, delay);

    /// <summary>Requests the channel received, repeats and failures included.</summary>
    public int Requests(string channel) => _faults.Requests(channel);

    /// <summary>The messages the channel delivered, once per idempotency key.</summary>
    public IReadOnlyList<SentMessage> Delivered(string channel) => [.. _delivered.Values.Where(m => m.Channel == channel).OrderBy(m => m.At)];

    /// <summary>The OAuth tokens Orange's gateway granted for SMS.</summary>
    public int SmsTokensGranted => _orange.TokensGranted;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<IResult> PushAsync(HttpRequest request, CancellationToken ct)
    {
        var fault = _faults.Enter(Push);
        if (request.Headers.Authorization.ToString() != $"Bearer {PushAccessToken}")
        {
            return Results.Json(new { errors = new[] { new { code = "UNAUTHORIZED", message = "Bad access token." } } }, statusCode: 401);
        }

        var key = request.Headers["Idempotency-Key"].FirstOrDefault();
        var messages = await JsonNode.ParseAsync(request.Body, cancellationToken: ct) as JsonArray;
        if (key is null || messages is null || messages.Count == 0)
        {
            return Results.Json(new { errors = new[] { new { code = "VALIDATION_ERROR", message = "An Idempotency-Key and messages are required." } } },
                statusCode: 400);
        }

        return await AnswerAsync(fault, () =>
        {
            var first = messages[0]!;
            var to = string.Join(",", messages.Select(m => (string)m!["to"]!));
            _delivered.TryAdd(Push + ":" + key, new SentMessage(Push, key, to, (string?)first["title"], (string)first["body"]!, TimeProvider.System.GetUtcNow()));
            return Results.Json(new { data = messages.Select(_ => new { status = "ok", id = key }).ToArray() });
        }, ct);
    }

    private async Task<IResult> SmsAsync(HttpRequest request, string sender, CancellationToken ct)
    {
        var fault = _faults.Enter(Sms);
        if (!_orange.Admits(request))
        {
            return Results.Json(new { requestError = new { serviceException = new { messageId = "SVC0001", text = "Invalid credentials" } } }, statusCode: 401);
        }

        var body = (await JsonNode.ParseAsync(request.Body, cancellationToken: ct))?["outboundSMSMessageRequest"];
        var (key, address, text) = ((string?)body?["clientCorrelator"], (string?)body?["address"], (string?)body?["outboundSMSTextMessage"]?["message"]);
        if (key is null || address is null || text is null || (string?)body!["senderAddress"] != sender)
        {
            return Results.Json(new { requestError = new { serviceException = new { messageId = "SVC0002", text = "Invalid input value" } } }, statusCode: 400);
        }

        return await AnswerAsync(fault, () =>
        {
            _delivered.TryAdd(Sms + ":" + key, new SentMessage(Sms, key, address, null, text, TimeProvider.System.GetUtcNow()));
            return Results.Json(new { outboundSMSMessageRequest = new { address, senderAddress = sender, clientCorrelator = key, resourceURL = $"/requests/{key}" } },
                statusCode: 201);
        }, ct);
    }

    /// <summary>Delivers (unless told to fail), then answers (after a stall, if told to).</summary>
    private static async Task<IResult> AnswerAsync(ProviderFault? fault, Func<IResult> deliver, CancellationToken ct)
    {
        if (fault?.Status is { } status)
        {
            return Results.StatusCode((int)status);
        }

        var answer = deliver();
        await Task.Delay(fault?.Delay ?? TimeSpan.Zero, ct);
        return answer;
    }
}

/// <summary>A message a provider delivered: its idempotency key, recipient(s), title (push only) and text.</summary>
public sealed record SentMessage(string Channel, string Key, string To, string? Title, string Body, DateTimeOffset At);
