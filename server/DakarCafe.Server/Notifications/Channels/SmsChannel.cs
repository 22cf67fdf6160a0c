using System.Text.Json.Serialization;
using DakarCafe.Server.Orange;

namespace DakarCafe.Server.Notifications.Channels;

/// <summary>
/// Text messages through Orange's SMS API (<c>POST /smsmessaging/v1/outbound/{sender}/requests</c>) with a token from
/// Orange's gateway (<see cref="OrangeAccessTokens"/>), the delivery's key as the request's <c>clientCorrelator</c>,
/// which Orange uses to drop a repeated request.
/// </summary>
internal sealed class SmsChannel(IHttpClientFactory clients, NotificationSettings settings, OrangeAccessTokens tokens) : INotificationChannel
{
    public const string ClientName = "notifications-sms";

    /// <summary>The longest text sent: three SMS segments; a longer body is cut at a word.</summary>
    public const int MaxLength = 459;

    public Schema.Notifications.NotificationChannel Channel => Schema.Notifications.NotificationChannel.Sms;

    public async Task SendAsync(DeliveryTarget target, CancellationToken ct)
    {
        var sms = settings.Sms!;
        var sender = $"tel:{sms.SenderNumber}";
        var body = new OutboundRequest(new OutboundMessage($"tel:{target.Phone}", sender, sms.SenderName, new TextMessage(Text(target)), target.Key));
        using var request = new HttpRequestMessage(HttpMethod.Post, $"smsmessaging/v1/outbound/{Uri.EscapeDataString(sender)}/requests")
        {
            Content = JsonContent.Create(body),
        };
        var client = clients.CreateClient(ClientName);
        request.Headers.Authorization = await tokens.BearerAsync(client, sms.ClientId, sms.ClientSecret, ct);
        using var response = await client.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new NotificationSendException($"The SMS service refused the message ({(int)response.StatusCode}).");
        }
    }

    private static string Text(DeliveryTarget target)
    {
        var text = $"{target.Title}: {target.Body}";
        return text.Length <= MaxLength ? text : text[..text.LastIndexOf(' ', MaxLength - 1)] + "…";
    }

    private sealed record OutboundRequest([property: JsonPropertyName("outboundSMSMessageRequest")] OutboundMessage Request);

    private sealed record OutboundMessage(
        [property: JsonPropertyName("address")] string Address,
        [property: JsonPropertyName("senderAddress")] string SenderAddress,
        [property: JsonPropertyName("senderName")] string SenderName,
        [property: JsonPropertyName("outboundSMSTextMessage")] TextMessage Message,
        [property: JsonPropertyName("clientCorrelator")] string ClientCorrelator);

    private sealed record TextMessage([property: JsonPropertyName("message")] string Message);
}
