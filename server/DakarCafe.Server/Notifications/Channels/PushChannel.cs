using System.Text.Json.Serialization;

namespace DakarCafe.Server.Notifications.Channels;

/// <summary>
/// Push through the Expo push service (<c>POST /--/api/v2/push/send</c>, one message per registered device), with the
/// delivery's key as <c>Idempotency-Key</c>.
/// </summary>
internal sealed class PushChannel(IHttpClientFactory clients, NotificationSettings settings) : INotificationChannel
{
    public const string ClientName = "notifications-push";

    public Schema.Notifications.NotificationChannel Channel => Schema.Notifications.NotificationChannel.Push;

    public async Task SendAsync(DeliveryTarget target, CancellationToken ct)
    {
        var data = new Dictionary<string, string> { ["notificationId"] = target.NotificationId.ToString() };
        if (target.OrderId is { } orderId)
        {
            data["orderId"] = orderId.ToString();
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "--/api/v2/push/send")
        {
            Content = JsonContent.Create(target.PushTokens.Select(token => new ExpoMessage(token, target.Title, target.Body, data)).ToArray()),
        };
        request.Headers.Add("Idempotency-Key", target.Key);
        if (settings.Push!.AccessToken is { Length: > 0 } token)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        using var response = await clients.CreateClient(ClientName).SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new NotificationSendException($"The push service refused the message ({(int)response.StatusCode}).");
        }

        var tickets = await response.Content.ReadFromJsonAsync<ExpoTickets>(ct);
        if (tickets?.Data.FirstOrDefault(t => t.Status != "ok") is { } refused)
        {
            throw new NotificationSendException($"The push service refused the message ({refused.Details?.Error ?? "error"}).");
        }
    }

    private sealed record ExpoMessage(
        [property: JsonPropertyName("to")] string To,
        [property: JsonPropertyName("title")] string Title,
        [property: JsonPropertyName("body")] string Body,
        [property: JsonPropertyName("data")] IReadOnlyDictionary<string, string> Data,
        [property: JsonPropertyName("sound")] string Sound = "default");

    private sealed record ExpoTickets([property: JsonPropertyName("data")] IReadOnlyList<ExpoTicket> Data);

    private sealed record ExpoTicket([property: JsonPropertyName("status")] string Status, [property: JsonPropertyName("details")] ExpoTicketDetails? Details);

    private sealed record ExpoTicketDetails([property: JsonPropertyName("error")] string? Error);
}
