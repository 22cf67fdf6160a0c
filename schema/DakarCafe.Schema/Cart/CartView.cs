namespace DakarCafe.Schema.Cart;

/// <summary>What <c>cart:getCart</c> answers: the lines with current product data, and totals in FCFA.</summary>
/// <param name="Lines">The lines, in the order added.</param>
/// <param name="Subtotal">The sum of the line totals.</param>
/// <param name="ItemCount">The number of units.</param>
/// <param name="UpdatedAt">When the cart last changed.</param>
public sealed record CartView(IReadOnlyList<CartLine> Lines, long Subtotal, int ItemCount, DateTimeOffset? UpdatedAt);
