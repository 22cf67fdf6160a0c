using DakarCafe.Engine;
using DakarCafe.Engine.Functions;
using DakarCafe.Schema;
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
        f.Query(Api.Products.GetProducts, AccessRule.Public, GetProducts.HandleAsync);
        f.Query(Api.Products.GetProduct, AccessRule.Public, GetProduct.HandleAsync);
        f.Query(Api.Products.GetFeaturedProducts, AccessRule.Public, GetFeaturedProducts.HandleAsync);
        f.Query(Api.Products.SubscribeToProductChanges, AccessRule.Public, SubscribeToProductChanges.HandleAsync);
        f.Mutation(Api.Products.Create, AccessRule.Admin, CreateProduct.HandleAsync);
        f.Mutation(Api.Products.Update, AccessRule.Admin, UpdateProduct.HandleAsync);
        f.Mutation(Api.Products.SetPrice, AccessRule.Admin, SetPrice.HandleAsync);
        f.Mutation(Api.Products.AdjustStock, AccessRule.Admin, AdjustStock.HandleAsync);
        f.Mutation(Api.Products.SetActive, AccessRule.Admin, SetActive.HandleAsync);
    }
}
