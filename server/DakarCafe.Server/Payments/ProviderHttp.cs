using System.Net.Http.Headers;
using System.Text.Json;

namespace DakarCafe.Server.Payments;

/// <summary>
/// The JSON the providers speak (snake_case), and their answers read strictly: a non-success status or an answer
/// without what we need is a <see cref="PaymentProviderException"/>, never a half-started checkout.
/// </summary>
internal static class ProviderHttp
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>POSTs to a provider with its credentials and, for calls that must happen once, an idempotency key.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, HttpContent? content, AuthenticationHeaderValue authorization,
        string? idempotencyKey, CancellationToken ct)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        message.Headers.Authorization = authorization;
        if (idempotencyKey is not null)
        {
            message.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await client.SendAsync(message, ct);
    }

    public static void EnsureSuccess(HttpResponseMessage response, string provider)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new PaymentProviderException($"{provider} answered {(int)response.StatusCode}.");
        }
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, string provider, CancellationToken ct)
    {
        EnsureSuccess(response, provider);

        try
        {
            return await response.Content.ReadFromJsonAsync<T>(Json, ct) ?? throw new PaymentProviderException($"{provider} answered nothing.");
        }
        catch (JsonException)
        {
            throw new PaymentProviderException($"{provider} answered something unreadable.");
        }
    }

    /// <summary>Reads a notification body; one that is not the expected JSON is rejected as malformed.</summary>
    public static T ReadNotification<T>(string body)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(body, Json) ?? throw WebhookRejectedException.Unreadable("The notification is empty.");
        }
        catch (JsonException)
        {
            throw WebhookRejectedException.Unreadable("The notification is not the provider's JSON.");
        }
    }
}
