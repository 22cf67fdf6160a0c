using System.Globalization;
using System.Text;
using DakarCafe.Engine.Errors;
using DakarCafe.Schema.Products;

namespace DakarCafe.Server.Products;

/// <summary>
/// Where a page of products ended: the sort, the last product's sort key and its id. The next page starts right
/// after that product wherever it now stands, so inserts and deletes before it do not shift or repeat products.
/// </summary>
internal sealed record ProductCursor(ProductSort Sort, string Key, Guid LastId)
{
    public static string Encode(ProductSort sort, Product last) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{sort}|{KeyOf(sort, last)}|{last.Id}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static ProductCursor Decode(string cursor, ProductSort sort)
    {
        try
        {
            var padded = cursor.Replace('-', '+').Replace('_', '/');
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='))).Split('|');
            if (parts.Length == 3 && Enum.TryParse<ProductSort>(parts[0], out var encoded) && encoded == sort && IsKey(sort, parts[1])
                && Guid.TryParse(parts[2], out var id))
            {
                return new ProductCursor(sort, parts[1], id);
            }
        }
        catch (FormatException)
        {
            // Falls through to the validation error.
        }

        throw AppError.Validation("cursor", "The cursor is not one this query gave (or it was made for another sort order).");
    }

    /// <summary>True when <paramref name="key"/> is a sort key <see cref="KeyOf"/> could have written for this sort.</summary>
    private static bool IsKey(ProductSort sort, string key) => sort switch
    {
        ProductSort.Price => long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var price) && price >= 0,
        ProductSort.Rating => double.TryParse(key, NumberStyles.Float, CultureInfo.InvariantCulture, out var rating) && rating is >= 0 and <= 5,
        ProductSort.Newest => long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTime.MaxValue.Ticks,
        _ => key.Length <= 200 && !key.Contains('\0', StringComparison.Ordinal),
    };

    public static string KeyOf(ProductSort sort, Product product) => sort switch
    {
        ProductSort.Price => product.Price.ToString(CultureInfo.InvariantCulture),
        ProductSort.Rating => product.Rating.ToString(CultureInfo.InvariantCulture),
        ProductSort.Newest => product.CreatedAt.UtcTicks.ToString(CultureInfo.InvariantCulture),
        _ => product.Name,
    };
}
