using DakarCafe.Protocol;
using DakarCafe.Schema.Cart;

namespace DakarCafe.Schema;

public static partial class Api
{
    /// <summary>The <c>cart</c> module's functions.</summary>
    public static class Cart
    {
        /// <summary><c>cart:getCart</c>: The caller's cart, live on every device.</summary>
        public static QueryReference<NoArgs, CartView> GetCart { get; } = new("cart:getCart");

        /// <summary><c>cart:addToCart</c>: Adds units of a product.</summary>
        public static MutationReference<CartItemArgs, CartView> AddToCart { get; } = new("cart:addToCart");

        /// <summary><c>cart:updateCartItem</c>: Sets a line's quantity (0 removes it).</summary>
        public static MutationReference<CartItemArgs, CartView> UpdateCartItem { get; } = new("cart:updateCartItem");

        /// <summary><c>cart:removeFromCart</c>: Removes a line.</summary>
        public static MutationReference<CartProductArgs, CartView> RemoveFromCart { get; } = new("cart:removeFromCart");

        /// <summary><c>cart:clearCart</c>: Empties the cart.</summary>
        public static MutationReference<NoArgs, CartView> ClearCart { get; } = new("cart:clearCart");
    }
}
