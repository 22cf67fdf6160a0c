namespace DakarCafe.Schema.Cart;

/// <summary>Arguments of <c>cart:addToCart</c> and <c>cart:updateCartItem</c>.</summary>
/// <param name="ProductId">The product.</param>
/// <param name="Quantity">Units to add, or the new quantity (0 removes on update).</param>
public sealed record CartItemArgs(Guid ProductId, int Quantity);
