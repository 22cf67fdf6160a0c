using DakarCafe.Schema.Orders;

namespace DakarCafe.Server.Tests.Orders;

/// <summary>Delivery addresses and order arguments for tests.</summary>
internal static class TestOrders
{
    public static DeliveryAddress Dakar(string phone = "+221 77 123 45 67") => new("Rue 10, Médina", "Dakar", "Dakar", null, "Senegal", phone);

    public static DeliveryAddress Thies() => new("Avenue Lamine Guèye", "Thiès", "Thies", null, "Sénégal", "76 555 44 33");

    public static CreateOrderArgs Of(params (Guid Product, int Quantity)[] lines) =>
        new(Dakar(), PaymentMethod.CashOnDelivery, lines.Select(l => new OrderItemInput(l.Product, l.Quantity)).ToList());
}
