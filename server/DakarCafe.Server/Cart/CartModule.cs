using DakarCafe.Engine;
using DakarCafe.Engine.Functions;
using DakarCafe.Schema;
using DakarCafe.Schema.Cart;

namespace DakarCafe.Server.Cart;

/// <summary>The live cart: one per user, the same on every device; only its owner reads or changes it.</summary>
internal static class CartModule
{
    public static void Register(EngineBuilder engine)
    {
        engine.Document<Schema.Cart.Cart>();
        var f = engine.Functions;
        f.Query<NoArgs, CartView>("cart:getCart", AccessRule.Authenticated, GetCart.HandleAsync);
        f.Mutation<CartItemArgs, CartView>("cart:addToCart", AccessRule.Authenticated, CartChanges.AddAsync);
        f.Mutation<CartItemArgs, CartView>("cart:updateCartItem", AccessRule.Authenticated, CartChanges.UpdateAsync);
        f.Mutation<CartProductArgs, CartView>("cart:removeFromCart", AccessRule.Authenticated, CartChanges.RemoveAsync);
        f.Mutation<NoArgs, CartView>("cart:clearCart", AccessRule.Authenticated, CartChanges.ClearAsync);
    }
}
