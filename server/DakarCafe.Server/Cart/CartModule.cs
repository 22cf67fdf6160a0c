using DakarCafe.Engine;
using DakarCafe.Engine.Functions;
using DakarCafe.Schema;

namespace DakarCafe.Server.Cart;

/// <summary>The live cart: one per user, the same on every device; only its owner reads or changes it.</summary>
internal static class CartModule
{
    public static void Register(EngineBuilder engine)
    {
        engine.Document<Schema.Cart.Cart>();
        var f = engine.Functions;
        f.Query(Api.Cart.GetCart, AccessRule.Authenticated, GetCart.HandleAsync);
        f.Mutation(Api.Cart.AddToCart, AccessRule.Authenticated, CartChanges.AddAsync);
        f.Mutation(Api.Cart.UpdateCartItem, AccessRule.Authenticated, CartChanges.UpdateAsync);
        f.Mutation(Api.Cart.RemoveFromCart, AccessRule.Authenticated, CartChanges.RemoveAsync);
        f.Mutation(Api.Cart.ClearCart, AccessRule.Authenticated, CartChanges.ClearAsync);
    }
}
