using System.Text;
using System.Text.Json;
using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Http;
using DakarCafe.Schema;

namespace DakarCafe.Server.Payments;

/// <summary>
/// The HTTP side of payments: each provider's webhook (<c>POST /payments/webhooks/{provider}</c>), checked and then
/// applied by the internal <c>payments:applyNotification</c>, and the page payers return to. A webhook is answered
/// 2xx once applied (or when it is a replay, or of no interest) and 4xx when refused, with a code and a message;
/// providers retry on 5xx.
/// </summary>
internal static partial class PaymentEndpoints
{
    public const string ReturnPath = "payments/return";

    /// <summary>What a webhook for a provider the shop does not know is refused with (a reply to a provider, not to an app's client).</summary>
    public const string UnknownProvider = "UNKNOWN_PROVIDER";
    private const int MaxBodyBytes = 64 * 1024;

    public static string WebhookPath(string provider) => $"payments/webhooks/{provider}";

    public static void Map(WebApplication app)
    {
        app.MapPost("/" + WebhookPath("{provider}"), ReceiveAsync);
        app.MapGet("/" + ReturnPath, () => Results.Content(
            "<!doctype html><html lang=\"fr\"><meta charset=\"utf-8\"><title>DakarCafé Express</title>" +
            "<p>Merci ! Votre paiement est en cours de confirmation ; le suivi de votre commande se met à jour tout seul.</p>" +
            "<p>Thank you! Your payment is being confirmed; your order's tracking updates by itself.</p></html>", "text/html; charset=utf-8"));
    }

    private static async Task<IResult> ReceiveAsync(string provider, HttpRequest request, PaymentProviders providers, IFunctionCaller functions,
        TimeProvider time, ILogger<PaymentProviders> logger, CancellationToken ct)
    {
        if (providers.Named(provider) is not { } known)
        {
            return HttpReplies.Refusal(StatusCodes.Status404NotFound, UnknownProvider, "No such payment provider.");
        }

        if (await HttpReplies.ReadBoundedBodyAsync(request, MaxBodyBytes, ct) is not { } bytes)
        {
            return HttpReplies.Refusal(StatusCodes.Status413PayloadTooLarge, WebhookRejectedException.Malformed, $"A notification is at most {MaxBodyBytes} bytes.");
        }

        var body = Encoding.UTF8.GetString(bytes);
        try
        {
            if (known.ReadNotification(request.Headers, body, time.GetUtcNow()) is not { } notification)
            {
                return Results.Ok(new { received = true, applied = false });
            }

            var outcome = await functions.MutateAsync<NotificationOutcome>("payments:applyNotification", notification, CallerIdentity.Anonymous, ct);
            Log.Applied(logger, provider, outcome);
            return Results.Ok(new
            {
                received = true,
                applied = outcome != NotificationOutcome.AlreadyApplied,
                outcome = JsonNamingPolicy.CamelCase.ConvertName(outcome.ToString()),
            });
        }
        catch (WebhookRejectedException e)
        {
            Log.Rejected(logger, provider, e.Code, e.Message);
            return HttpReplies.Refusal(e.Status, e.Code, e.Message);
        }
        catch (AppError e) when (e.Code is ShopErrorCodes.UnknownPayment or ShopErrorCodes.AmountMismatch)
        {
            Log.Rejected(logger, provider, e.Code, e.Message);
            return HttpReplies.Refusal(e.Code == ShopErrorCodes.UnknownPayment ? StatusCodes.Status404NotFound : StatusCodes.Status422UnprocessableEntity, e.Code, e.Message);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Payment notification from {Provider}: {Outcome}")]
        public static partial void Applied(ILogger logger, string provider, NotificationOutcome outcome);

        [LoggerMessage(2, LogLevel.Warning, "Payment notification from {Provider} refused: {Code} {Reason}")]
        public static partial void Rejected(ILogger logger, string provider, string code, string reason);
    }
}
