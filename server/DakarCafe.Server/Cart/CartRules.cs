using DakarCafe.Engine.Errors;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Cart;
using DakarCafe.Schema.Products;

namespace DakarCafe.Server.Cart;

/// <summary>The cart's rules, pure: quantities are positive whole numbers within stock, of active products only.</summary>
internal static class CartRules
{
    public const int MaxQuantity = 999;

    public static Schema.Cart.Cart Empty(Guid userId, DateTimeOffset now) => new(userId, userId, [], now);

    public static Schema.Cart.Cart Add(Schema.Cart.Cart cart, Product? product, int quantity, DateTimeOffset now)
    {
        CheckQuantity(quantity, allowZero: false);
        var sellable = Sellable(product);
        var existing = cart.Items.FirstOrDefault(i => i.ProductId == sellable.Id);
        var total = (existing?.Quantity ?? 0) + quantity;
        CheckStock(sellable, total);
        var item = existing is null ? new CartItem(sellable.Id, total, now, sellable.Price) : existing with { Quantity = total };
        return Replace(cart, item, now);
    }

    public static Schema.Cart.Cart Update(Schema.Cart.Cart cart, Product? product, Guid productId, int quantity, DateTimeOffset now)
    {
        CheckQuantity(quantity, allowZero: true);
        var existing = cart.Items.FirstOrDefault(i => i.ProductId == productId)
            ?? throw new AppError(ErrorCodes.NotFound, "This product is not in the cart.", new { field = "productId" });
        if (quantity == 0)
        {
            return Remove(cart, productId, now);
        }

        var sellable = Sellable(product);
        CheckStock(sellable, quantity);
        return Replace(cart, existing with { Quantity = quantity }, now);
    }

    public static Schema.Cart.Cart Remove(Schema.Cart.Cart cart, Guid productId, DateTimeOffset now) =>
        cart.Items.Any(i => i.ProductId == productId)
            ? cart with { Items = cart.Items.Where(i => i.ProductId != productId).ToList(), UpdatedAt = now }
            : throw new AppError(ErrorCodes.NotFound, "This product is not in the cart.", new { field = "productId" });

    /// <summary>The cart without the lines of these products (those just ordered); lines of other products stay.</summary>
    public static Schema.Cart.Cart Without(Schema.Cart.Cart cart, IReadOnlyCollection<Guid> productIds, DateTimeOffset now) =>
        cart with { Items = cart.Items.Where(i => !productIds.Contains(i.ProductId)).ToList(), UpdatedAt = now };

    private static Schema.Cart.Cart Replace(Schema.Cart.Cart cart, CartItem item, DateTimeOffset now)
    {
        var items = cart.Items.ToList();
        var at = items.FindIndex(i => i.ProductId == item.ProductId);
        if (at >= 0)
        {
            items[at] = item;
        }
        else
        {
            items.Add(item);
        }

        return cart with { Items = items, UpdatedAt = now };
    }

    private static Product Sellable(Product? product) => product switch
    {
        null => throw new AppError(ErrorCodes.NotFound, "No such product.", new { field = "productId" }),
        { IsActive: false } => throw new AppError(ShopErrorCodes.ProductUnavailable, "This product is no longer sold.", new { field = "productId" }),
        _ => product,
    };

    private static void CheckQuantity(int quantity, bool allowZero)
    {
        if (quantity < (allowZero ? 0 : 1) || quantity > MaxQuantity)
        {
            throw AppError.Validation("quantity", $"The quantity must be between {(allowZero ? 0 : 1)} and {MaxQuantity}.");
        }
    }

    private static void CheckStock(Product product, int quantity)
    {
        if (product.Inventory.IsTracked && quantity > product.Inventory.Stock)
        {
            throw new AppError(Protocol.ErrorCodes.Validation, $"Only {product.Inventory.Stock} of {product.Name} in stock.",
                new { field = "quantity", available = product.Inventory.Stock });
        }
    }
}
