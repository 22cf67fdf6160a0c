using DakarCafe.Engine;
using DakarCafe.Engine.Functions;
using DakarCafe.Schema.Products;

namespace DakarCafe.Server.Products;

/// <summary>The catalog: shoppers' queries and admins' mutations, over product documents indexed as the seed says.</summary>
internal static class ProductsModule
{
    /// <summary>The text search configuration of the full-text index: word-exact, for French and English alike.</summary>
    public const string SearchConfig = "simple";

    public static void Register(EngineBuilder engine)
    {
        engine.Document<Product>(product => product
            .Index(p => p.Category)
            .Index(p => p.Price)
            .Index(p => p.Rating)
            .Index(p => p.IsFeatured)
            .Index(p => p.IsActive)
            .UniqueIndex(p => p.Seo.Slug)
            .FullTextIndex(index =>
            {
                index.Name = "mt_product_search";
                index.RegConfig = SearchConfig;
            }, p => p.Name, p => p.Description));

        var f = engine.Functions;
        f.Query<GetProductsArgs, ProductPage>("products:getProducts", AccessRule.Public, GetProducts.HandleAsync);
        f.Query<GetProductArgs, Product>("products:getProduct", AccessRule.Public, GetProduct.HandleAsync);
        f.Query<GetFeaturedProductsArgs, IReadOnlyList<Product>>("products:getFeaturedProducts", AccessRule.Public, GetFeaturedProducts.HandleAsync);
        f.Query<ProductIdArgs, ProductLiveInfo>("products:subscribeToProductChanges", AccessRule.Public, SubscribeToProductChanges.HandleAsync);
        f.Mutation<ProductInput, Guid>("products:create", AccessRule.Admin, CreateProduct.HandleAsync);
        f.Mutation<UpdateProductArgs, Product>("products:update", AccessRule.Admin, UpdateProduct.HandleAsync);
        f.Mutation<SetPriceArgs, Product>("products:setPrice", AccessRule.Admin, SetPrice.HandleAsync);
        f.Mutation<AdjustStockArgs, Product>("products:adjustStock", AccessRule.Admin, AdjustStock.HandleAsync);
        f.Mutation<SetActiveArgs, Product>("products:setActive", AccessRule.Admin, SetActive.HandleAsync);
    }
}
