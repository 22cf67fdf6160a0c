namespace DakarCafe.Schema.Analytics;

/// <summary>Of the signed-in shoppers who added to their cart in a period, how many ordered in it.</summary>
/// <param name="Carted">Shoppers with an <c>add_to_cart</c> event.</param>
/// <param name="Ordered">Of those, shoppers who placed an order.</param>
/// <param name="RateBasisPoints">Ordered / carted in basis points (2500 is 25 %); 0 without shoppers.</param>
public sealed record CartConversion(long Carted, long Ordered, int RateBasisPoints);
