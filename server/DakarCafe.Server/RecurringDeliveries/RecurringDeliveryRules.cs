using DakarCafe.Engine.Errors;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Orders;
using DakarCafe.Schema.Products;
using DakarCafe.Schema.RecurringDeliveries;
using DakarCafe.Server.Orders;

namespace DakarCafe.Server.RecurringDeliveries;

/// <summary>What a recurring delivery may hold, and what one delivery of it costs at today's prices.</summary>
internal static class RecurringDeliveryRules
{
    public const int MaxProducts = 20;
    public const int MaxQuantity = 99;

    /// <summary>How far ahead a first delivery or the end of a pause may be.</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(366);

    public static string Name(string? name) => FreeText.Required(name, "name", 80);

    /// <summary>1 to <see cref="MaxProducts"/> products, each 1 to <see cref="MaxQuantity"/> times (repeats added up).</summary>
    public static IReadOnlyList<RecurringDeliveryProduct> Products(IReadOnlyList<RecurringDeliveryProduct>? products)
    {
        if (products is not { Count: > 0 })
        {
            throw AppError.Validation("products", "A recurring delivery needs at least one product.");
        }

        var merged = products.GroupBy(p => p.ProductId).Select(g => new RecurringDeliveryProduct(g.Key, g.Sum(p => p.Quantity))).ToList();
        return merged.Count <= MaxProducts && products.All(p => p.Quantity >= 1) && merged.All(p => p.Quantity <= MaxQuantity)
            ? merged
            : throw AppError.Validation("products", $"A recurring delivery has 1 to {MaxProducts} products, each 1 to {MaxQuantity} times.");
    }

    /// <summary>A date in the future and within <see cref="Horizon"/>, in UTC.</summary>
    public static DateTimeOffset FutureDate(DateTimeOffset date, DateTimeOffset now, string field) =>
        date > now && date <= now + Horizon
            ? date.ToUniversalTime()
            : throw AppError.Validation(field, "The date must be in the future and within a year.");

    /// <summary>Checks the products are sold; returns one delivery's price with the plan's discount (stock is checked at each delivery).</summary>
    public static RecurringDeliveryPricing Price(IReadOnlyList<RecurringDeliveryProduct> lines, IReadOnlyDictionary<Guid, Product> products, PlanType plan,
        string region, OrderPricingSettings settings)
    {
        var items = lines.Select((line, i) => products.GetValueOrDefault(line.ProductId) switch
        {
            null => throw new AppError(ErrorCodes.NotFound, "No such product.", new { field = $"products[{i}].productId" }),
            { IsActive: false } p => throw new AppError(ShopErrorCodes.ProductUnavailable, $"{p.Name} is no longer sold.",
                new { field = $"products[{i}].productId" }),
            var p => new OrderItem(p.Id, p.Name, line.Quantity, p.Price, p.Price * line.Quantity),
        }).ToList();
        var totals = OrderPricing.Compute(items, region, RecurringDeliveryPlans.DiscountBasisPoints(plan), settings);
        return new RecurringDeliveryPricing(totals.Subtotal, totals.Discount, totals.Total);
    }
}
