using System.Globalization;
using DakarCafe.Schema.Orders;
using DakarCafe.Schema.Users;
using DakarCafe.Server.Notifications;
using DakarCafe.Server.Orders.Events;

namespace DakarCafe.Server.Orders;

/// <summary>What the customer is told about an event of their order, in French or English; null when it is not worth a message.</summary>
internal static class OrderMessages
{
    public static Func<Language, NotificationMessage>? For(Order order, IOrderEvent @event) => @event switch
    {
        OrderPlaced e => language => Message(order, "orderPlaced", language,
            ($"Commande {e.OrderNumber} reçue", $"Merci ! Votre commande de {Amount(e.Totals.Total)} est enregistrée. Nous vous prévenons dès qu'elle part."),
            ($"Order {e.OrderNumber} received", $"Thank you! Your order of {Amount(e.Totals.Total)} is in. We will tell you as soon as it ships.")),
        OrderConfirmed => language => Message(order, "orderConfirmed", language,
            ($"Commande {order.OrderNumber} confirmée", "Nous préparons votre commande."),
            ($"Order {order.OrderNumber} confirmed", "We are preparing your order.")),
        OrderShipped e => language => Message(order, "orderShipped", language,
            ($"Commande {order.OrderNumber} expédiée", $"Elle est en route avec {e.Carrier}, numéro de suivi {e.TrackingNumber}."),
            ($"Order {order.OrderNumber} shipped", $"It is on its way with {e.Carrier}, tracking number {e.TrackingNumber}.")),
        OrderDelivered => language => Message(order, "orderDelivered", language,
            ($"Commande {order.OrderNumber} livrée", "Bonne dégustation ! Donnez-nous votre avis sur vos cafés."),
            ($"Order {order.OrderNumber} delivered", "Enjoy your coffee! Tell us what you think of it in a review.")),
        OrderCancelled e => language => Message(order, "orderCancelled", language,
            ($"Commande {order.OrderNumber} annulée", $"Motif : {e.Reason}"),
            ($"Order {order.OrderNumber} cancelled", $"Reason: {e.Reason}")),
        PaymentReceived e when order.PaymentMethod != PaymentMethod.CashOnDelivery => language => Message(order, "paymentReceived", language,
            ("Paiement reçu", $"Nous avons bien reçu {Amount(e.Amount)} pour la commande {order.OrderNumber}."),
            ("Payment received", $"We received {Amount(e.Amount)} for order {order.OrderNumber}.")),
        PaymentFailed => language => Message(order, "paymentFailed", language,
            ("Paiement non abouti", $"Le paiement de la commande {order.OrderNumber} n'a pas abouti. Vous pouvez réessayer depuis l'application."),
            ("Payment failed", $"The payment for order {order.OrderNumber} did not go through. You can try again from the app.")),
        PaymentRefunded e => language => Message(order, "paymentRefunded", language,
            ("Remboursement effectué", $"{Amount(e.Amount)} remboursés pour la commande {order.OrderNumber}."),
            ("Refund made", $"{Amount(e.Amount)} refunded for order {order.OrderNumber}.")),
        _ => null,
    };

    /// <summary>12 500 FCFA.</summary>
    public static string Amount(long fcfa) => fcfa.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ') + " FCFA";

    private static NotificationMessage Message(Order order, string kind, Language language, (string Title, string Body) fr, (string Title, string Body) en)
    {
        var (title, body) = language == Language.En ? en : fr;
        return new NotificationMessage(kind, title, body, order.Id);
    }
}
