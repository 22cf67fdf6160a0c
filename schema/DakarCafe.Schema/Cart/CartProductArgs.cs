namespace DakarCafe.Schema.Cart;

/// <summary>Arguments of <c>cart:removeFromCart</c>.</summary>
/// <param name="ProductId">The product to take out.</param>
public sealed record CartProductArgs(Guid ProductId);
