using DakarCafe.Engine.Errors;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Orders;
using DakarCafe.Schema.Products;

namespace DakarCafe.Server.Orders;

/// <summary>
/// What checkout accepts, pure: at least one line and at most <see cref="MaxLines"/>, whole quantities, a complete
/// Senegalese delivery address with a Senegalese phone number, and products that are sold and in stock.
/// </summary>
internal static class CheckoutRules
{
    public const int MaxLines = 50;
    public const int MaxQuantity = 999;

    private static readonly string[] Senegal = ["senegal", "sénégal", "sn"];

    /// <summary>The lines to order, one per product (repeated products are added up).</summary>
    public static IReadOnlyList<OrderItemInput> Lines(IReadOnlyList<OrderItemInput> items, bool fromCart)
    {
        if (items.Count == 0)
        {
            throw AppError.Validation("items", fromCart ? "The cart is empty." : "An order needs at least one item.");
        }

        foreach (var (item, i) in items.Select((item, i) => (item, i)))
        {
            if (item.Quantity is < 1 or > MaxQuantity)
            {
                throw AppError.Validation($"items[{i}].quantity", $"A quantity is between 1 and {MaxQuantity}.");
            }
        }

        var lines = items.GroupBy(i => i.ProductId).Select(g => new OrderItemInput(g.Key, g.Sum(i => i.Quantity))).ToList();
        return lines.Count <= MaxLines && lines.All(l => l.Quantity <= MaxQuantity)
            ? lines
            : throw AppError.Validation("items", $"An order has at most {MaxLines} products, each at most {MaxQuantity} times.");
    }

    /// <summary>The address cleaned up: trimmed, the region's proper name, the phone as +221XXXXXXXXX.</summary>
    public static DeliveryAddress Address(DeliveryAddress address)
    {
        var street = FreeText.Required(address.Street, "deliveryAddress.street", 200);
        var city = FreeText.Required(address.City, "deliveryAddress.city", 100);
        var region = Region(address.Region, "deliveryAddress.region");
        if (!Senegal.Contains(address.Country?.Trim().ToLowerInvariant()))
        {
            throw AppError.Validation("deliveryAddress.country", "DakarCafé Express delivers in Senegal only.");
        }

        var phone = SenegalPhoneNumbers.Normalize(address.Phone)
            ?? throw AppError.Validation("deliveryAddress.phone", "The phone must be a Senegalese number, such as +221 77 123 45 67.");
        return new DeliveryAddress(street, city, region, FreeText.Optional(address.PostalCode, "deliveryAddress.postalCode", 20), "Senegal", phone,
            FreeText.Optional(address.Instructions, "deliveryAddress.instructions", 500));
    }

    /// <summary>The region's proper name; a validation error on <paramref name="field"/> when it is not one of Senegal's.</summary>
    public static string Region(string? region, string field) => SenegalRegions.Find(region ?? "")
        ?? throw AppError.Validation(field, "The region must be one of the 14 regions of Senegal, such as Dakar or Thiès.");

    /// <summary>Why checkout refuses <paramref name="quantity"/> of <paramref name="product"/> now, as the code it answers; null when it accepts them.</summary>
    public static string? Problem(Product product, int quantity) =>
        !product.IsActive ? ShopErrorCodes.ProductUnavailable
        : product.Inventory is { IsTracked: true, Stock: var stock } && stock < quantity ? ShopErrorCodes.OutOfStock
        : null;

    /// <summary>The order's items at today's prices; throws when a product is unknown, no longer sold or short of stock.</summary>
    public static IReadOnlyList<OrderItem> Items(IReadOnlyList<OrderItemInput> lines, IReadOnlyDictionary<Guid, Product> products)
    {
        var items = new List<OrderItem>();
        foreach (var (line, i) in lines.Select((line, i) => (line, i)))
        {
            var product = products.GetValueOrDefault(line.ProductId)
                ?? throw new AppError(ErrorCodes.NotFound, "No such product.", new { field = $"items[{i}].productId" });
            switch (Problem(product, line.Quantity))
            {
                case ShopErrorCodes.ProductUnavailable:
                    throw new AppError(ShopErrorCodes.ProductUnavailable, $"{product.Name} is no longer sold.",
                        new { field = $"items[{i}].productId", productId = product.Id });
                case ShopErrorCodes.OutOfStock:
                    throw new AppError(ShopErrorCodes.OutOfStock, $"Only {product.Inventory.Stock} of {product.Name} left in stock.",
                        new { field = $"items[{i}].quantity", productId = product.Id, available = product.Inventory.Stock });
            }

            items.Add(new OrderItem(product.Id, product.Name, line.Quantity, product.Price, checked(product.Price * line.Quantity)));
        }

        return items;
    }
}
