namespace DakarCafe.Schema.Cart;

/// <summary>What <c>cart:getCart</c> answers: the lines with current product data, and totals in FCFA.</summary>
/// <param name="Lines">The lines, in the order added.</param>
/// <param name="Subtotal">The sum of the line totals.</param>
/// <param name="ItemCount">The number of units.</param>
/// <param name="UpdatedAt">When the cart last changed.</param>
public sealed record CartView(IReadOnlyList<CartLine> Lines, long Subtotal, int ItemCount, DateTimeOffset? UpdatedAt);

/// <summary>One line of a cart as shown.</summary>
/// <param name="ProductId">The product.</param>
/// <param name="Name">Its current name.</param>
/// <param name="Image">Its first image.</param>
/// <param name="UnitPrice">Its current price.</param>
/// <param name="Quantity">How many.</param>
/// <param name="LineTotal">Unit price × quantity.</param>
/// <param name="PriceChanged">True when the price differs from when it was added.</param>
/// <param name="StockShort">True when fewer are in stock than the quantity, or the product is no longer sold.</param>
public sealed record CartLine(Guid ProductId, string Name, string? Image, long UnitPrice, int Quantity, long LineTotal, bool PriceChanged, bool StockShort);

/// <summary>Arguments of <c>cart:addToCart</c> and <c>cart:updateCartItem</c>.</summary>
/// <param name="ProductId">The product.</param>
/// <param name="Quantity">Units to add, or the new quantity (0 removes on update).</param>
public sealed record CartItemArgs(Guid ProductId, int Quantity);
