using DakarCafe.Schema.Products;

namespace DakarCafe.Fixtures;

/// <summary>Products for tests, each made by the test that needs it.</summary>
public static class TestProducts
{
    public static ProductInput Capsule(string name, long price, string description = "un café", int stock = 50) => new(
        name, description, name, price, null, ProductCategory.Capsules, "espresso", "DakarCafé", [],
        new ProductSpecifications("57 g", null, "aluminium", null, ["Original"], 8), new ProductInventory(stock, 5, IsTracked: true),
        Slug(name), ["capsule"]);

    public static ProductInput Machine(string name, long price) => new(
        name, "une machine à café", name, price, null, ProductCategory.Machines, "automatiques", "DakarCafé", [],
        new ProductSpecifications("4 kg", null, null, "noir", ["Original"], null), new ProductInventory(5, 1, IsTracked: true),
        Slug(name), ["machine"]);

    private static string Slug(string name) => string.Join('-', name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)) + "-" + Guid.NewGuid().ToString("N")[..6];
}
