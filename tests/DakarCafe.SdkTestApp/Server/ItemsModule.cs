using DakarCafe.Engine;
using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.Protocol;
using DakarCafe.SdkTestApp.Schema;

namespace DakarCafe.SdkTestApp.Server;

/// <summary>The items on the shelves: anyone reads them, staff change their stock.</summary>
internal static class ItemsModule
{
    public const int MaxStock = 100_000;

    public static void Register(EngineBuilder engine)
    {
        engine.Document<Item>();
        var f = engine.Functions;
        f.Query(Api.Items.List, AccessRule.Public, ListAsync);
        f.Query(Api.Items.Get, AccessRule.Public, (ctx, args, ct) => LoadAsync(ctx, args.Id, ct));
        f.Query(Api.Items.Stock, AccessRule.Public, async (ctx, args, ct) => new ItemStock(args.ItemId, (await LoadAsync(ctx, args.ItemId, ct)).Stock));
        f.Mutation(Api.Items.Restock, AccessRule.Admin, RestockAsync);
        f.Query(Api.Items.LowStock, AccessRule.Admin, (ctx, args, ct) => ctx.ListAsync<Item>(items => items.Where(i => i.Stock < args.Below).OrderBy(i => i.Name), ct));
    }

    /// <summary>Items by name (names are unique, so the last name of a page is its cursor).</summary>
    private static async Task<ItemPage> ListAsync(QueryContext ctx, ListItemsArgs args, CancellationToken ct)
    {
        var size = Math.Clamp(args.Limit ?? 20, 1, 100);
        IQueryable<Item> OnShelf(IQueryable<Item> items) => args.Shelf is { } shelf ? items.Where(i => i.Shelf == shelf) : items;
        var total = await ctx.CountAsync<Item>(OnShelf, ct);
        var items = await ctx.ListAsync<Item>(
            all => (args.Cursor is { } after ? OnShelf(all).Where(i => i.Name.CompareTo(after) > 0) : OnShelf(all)).OrderBy(i => i.Name).Take(size + 1), ct);
        var page = items.Take(size).ToList();
        return new ItemPage(page, total, items.Count > size ? page[^1].Name : null);
    }

    /// <summary>The item, or NOT_FOUND.</summary>
    public static async Task<Item> LoadAsync(QueryContext ctx, Guid id, CancellationToken ct) =>
        await ctx.LoadAsync<Item>(id, ct) ?? throw new AppError(ErrorCodes.NotFound, "No such item.", new { field = "itemId" });

    private static async Task<Item> RestockAsync(MutationContext ctx, RestockArgs args, CancellationToken ct)
    {
        var item = await LoadAsync(ctx, args.ItemId, ct);
        var stock = (long)item.Stock + args.Delta;
        if (stock is < 0 or > MaxStock)
        {
            throw AppError.Validation("delta", $"The stock stays 0 to {MaxStock}.");
        }

        var restocked = item with { Stock = (int)stock };
        ctx.Store(restocked);
        return restocked;
    }
}
