using DakarCafe.Protocol;
using DakarCafe.Schema.Products;

namespace DakarCafe.Schema;

public static partial class Api
{
    /// <summary>The <c>products</c> module's functions.</summary>
    public static class Products
    {
        /// <summary><c>products:getProducts</c>: Active products by category, search words and price range, sorted, a page at a time.</summary>
        public static QueryReference<GetProductsArgs, ProductPage> GetProducts { get; } = new("products:getProducts");

        /// <summary><c>products:getProduct</c>: One product by id or slug.</summary>
        public static QueryReference<GetProductArgs, Product> GetProduct { get; } = new("products:getProduct");

        /// <summary><c>products:getFeaturedProducts</c>: The featured products for the home page.</summary>
        public static QueryReference<GetFeaturedProductsArgs, IReadOnlyList<Product>> GetFeaturedProducts { get; } = new("products:getFeaturedProducts");

        /// <summary><c>products:subscribeToProductChanges</c>: A product's live price, stock and availability.</summary>
        public static QueryReference<ProductIdArgs, ProductLiveInfo> SubscribeToProductChanges { get; } = new("products:subscribeToProductChanges");

        /// <summary><c>products:create</c>: Adds a product (admin).</summary>
        public static MutationReference<ProductInput, Guid> Create { get; } = new("products:create");

        /// <summary><c>products:update</c>: Replaces a product's details (admin).</summary>
        public static MutationReference<UpdateProductArgs, Product> Update { get; } = new("products:update");

        /// <summary><c>products:setPrice</c>: Changes a price (admin).</summary>
        public static MutationReference<SetPriceArgs, Product> SetPrice { get; } = new("products:setPrice");

        /// <summary><c>products:adjustStock</c>: Adds or removes stock (admin).</summary>
        public static MutationReference<AdjustStockArgs, Product> AdjustStock { get; } = new("products:adjustStock");

        /// <summary><c>products:setActive</c>: Shows or hides a product (admin).</summary>
        public static MutationReference<SetActiveArgs, Product> SetActive { get; } = new("products:setActive");
    }
}
