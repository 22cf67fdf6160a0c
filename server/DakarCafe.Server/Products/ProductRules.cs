using System.Text.RegularExpressions;
using DakarCafe.Engine.Errors;
using DakarCafe.Schema.Products;

namespace DakarCafe.Server.Products;

/// <summary>The catalog's rules, pure: they decide and return, or throw the validation error naming the field.</summary>
internal static partial class ProductRules
{
    /// <summary>The highest price (and original price) of a product, in FCFA: far above any coffee machine, and with the
    /// cart's bounds it keeps every order total well under 2^53, which JavaScript clients represent exactly.</summary>
    public const long MaxPrice = 100_000_000;

    /// <summary>The most units of one product in stock (and its low-stock threshold).</summary>
    public const int MaxStock = 1_000_000;

    public static void CheckRange(PriceRange? range)
    {
        if (range is { } r && (r.Min < 0 || r.Max < r.Min))
        {
            throw AppError.Validation("priceRange", "The price range must have 0 <= min <= max.");
        }
    }

    public static string Slug(string? slug, string field = "slug") =>
        slug is { Length: <= 100 } && SlugPattern().IsMatch(slug) ? slug : throw AppError.Validation(field, "A slug is 1 to 100 lower-case letters, digits and dashes.");

    public static Product Create(Guid id, ProductInput input, DateTimeOffset now) => Check(new Product(
        id, input.Name.Trim(), input.Description.Trim(), input.ShortDescription.Trim(), input.Price, input.OriginalPrice, input.Category,
        input.Subcategory, input.Brand, input.Images, input.Specifications, input.Inventory,
        new ProductSeo(Slug(input.Slug), input.Name.Trim(), input.ShortDescription.Trim(), input.Tags), input.Tags,
        Rating: 0, ReviewCount: 0, IsActive: true, input.IsFeatured, input.IsNew, input.IsBestSeller, input.SortOrder, now, now));

    public static Product Update(Product product, ProductInput input, DateTimeOffset now) =>
        Create(product.Id, input, product.CreatedAt) with
        {
            Rating = product.Rating,
            ReviewCount = product.ReviewCount,
            IsActive = product.IsActive,
            UpdatedAt = now,
        };

    public static Product SetPrice(Product product, long price, long? originalPrice, DateTimeOffset now) =>
        Check(product with { Price = price, OriginalPrice = originalPrice, UpdatedAt = now });

    public static Product AdjustStock(Product product, int delta, DateTimeOffset now)
    {
        var stock = (long)product.Inventory.Stock + delta;
        return stock switch
        {
            < 0 => throw AppError.Validation("delta", $"Only {product.Inventory.Stock} in stock; cannot remove {-(long)delta}."),
            > MaxStock => throw AppError.Validation("delta", $"Stock goes up to {MaxStock:N0}; {product.Inventory.Stock} are in stock."),
            _ => product with { Inventory = product.Inventory with { Stock = (int)stock }, UpdatedAt = now },
        };
    }

    private static Product Check(Product product)
    {
        if (string.IsNullOrWhiteSpace(product.Name) || product.Name.Length > 200)
        {
            throw AppError.Validation("name", "A name of 1 to 200 characters is required.");
        }

        if (product.Price is <= 0 or > MaxPrice)
        {
            throw AppError.Validation("price", $"The price must be from 1 to {MaxPrice:N0} FCFA.");
        }

        if (product.OriginalPrice is { } original && (original <= product.Price || original > MaxPrice))
        {
            throw AppError.Validation("originalPrice", $"The original price must be higher than the price and at most {MaxPrice:N0} FCFA.");
        }

        if (product.Inventory.Stock is < 0 or > MaxStock || product.Inventory.LowStockThreshold is < 0 or > MaxStock)
        {
            throw AppError.Validation("inventory.stock", $"Stock and threshold go from 0 to {MaxStock:N0}.");
        }

        if (product.Specifications.Intensity is { } intensity && intensity is < 1 or > 13)
        {
            throw AppError.Validation("specifications.intensity", "Intensity goes from 1 to 13.");
        }

        return product;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
