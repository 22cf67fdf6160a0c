using System.Globalization;
using DakarCafe.Schema.RecurringDeliveries;
using DakarCafe.Schema.Users;
using DakarCafe.Server.Notifications;

namespace DakarCafe.Server.RecurringDeliveries;

/// <summary>What a customer is told when a recurring delivery could not bring everything, in French or English.</summary>
internal static class RecurringDeliveryMessages
{
    /// <summary>Nothing was in stock: no order this time.</summary>
    public static Func<Language, NotificationMessage> Skipped(RecurringDelivery s, IReadOnlyList<string> missing, DateTimeOffset next) =>
        language => language == Language.En
            ? new("deliverySkipped", $"Delivery \"{s.Name}\" skipped", $"Out of stock: {string.Join(", ", missing)}. Nothing was ordered this time; the next delivery is on {Day(next)}.")
            : new("deliverySkipped", $"Livraison « {s.Name} » reportée", $"Rupture de stock : {string.Join(", ", missing)}. Rien n'a été commandé cette fois ; prochaine livraison le {Day(next)}.");

    /// <summary>Some products were out of stock: the others were ordered.</summary>
    public static Func<Language, NotificationMessage> Partial(RecurringDelivery s, IReadOnlyList<string> missing, Guid orderId) =>
        language => language == Language.En
            ? new("deliveryPartial", $"Delivery \"{s.Name}\" incomplete", $"Out of stock this time: {string.Join(", ", missing)}. The rest is ordered.", orderId)
            : new("deliveryPartial", $"Livraison « {s.Name} » incomplète", $"En rupture cette fois : {string.Join(", ", missing)}. Le reste est commandé.", orderId);

    /// <summary>The order could not be placed (the payment method is no longer offered, say).</summary>
    public static Func<Language, NotificationMessage> Failed(RecurringDelivery s, string reason) =>
        language => language == Language.En
            ? new("deliveryFailed", $"Delivery \"{s.Name}\" not ordered", reason)
            : new("deliveryFailed", $"Livraison « {s.Name} » non commandée", reason);

    private static string Day(DateTimeOffset date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
