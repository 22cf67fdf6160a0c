namespace DakarCafe.Schema.Orders;

/// <summary>One line of an <see cref="OrderQuote"/>.</summary>
/// <param name="ProductId">The product.</param>
/// <param name="Name">Its name.</param>
/// <param name="Image">Its first image's storage id, if it has one.</param>
/// <param name="Quantity">How many.</param>
/// <param name="Price">The unit price now (FCFA, before VAT).</param>
/// <param name="Total">Price × quantity (FCFA).</param>
/// <param name="Available">How many are in stock, for a product whose stock is counted.</param>
/// <param name="Problem">
/// Why checkout would refuse this line, as the error code it would answer: <c>NOT_FOUND</c>, <c>PRODUCT_UNAVAILABLE</c>
/// or <c>OUT_OF_STOCK</c>; null when it can be ordered. A line with a problem is still priced.
/// </param>
public sealed record QuoteLine(Guid ProductId, string Name, string? Image, int Quantity, long Price, long Total, int? Available, string? Problem);
