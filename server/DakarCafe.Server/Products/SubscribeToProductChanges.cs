using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.Protocol;
using DakarCafe.Schema.Products;

namespace DakarCafe.Server.Products;

/// <summary><c>products:subscribeToProductChanges</c>: what a product page watches live, small so it pushes cheaply; its rating moves with reviews.</summary>
internal static class SubscribeToProductChanges
{
    public static async Task<ProductLiveInfo> HandleAsync(QueryContext ctx, ProductIdArgs args, CancellationToken ct)
    {
        var product = await ctx.LoadAsync<Product>(args.ProductId, ct)
            ?? throw new AppError(ErrorCodes.NotFound, "No such product.", new { field = "productId" });
        return new ProductLiveInfo(product.Id, product.Price, product.OriginalPrice, product.Inventory.Stock, product.Availability, product.Rating,
            product.ReviewCount, product.UpdatedAt);
    }
}
