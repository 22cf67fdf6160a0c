using System.Globalization;
using DakarCafe.Engine.Functions;
using DakarCafe.Schema.Products;
using Marten;

namespace DakarCafe.Server.Products;

/// <summary>
/// <c>products:getProducts</c>: active products by category, words of their name or description (full-text index),
/// and price range, sorted by name, price, rating or newest, a page at a time by offset or by cursor.
/// </summary>
internal static class GetProducts
{
    public static async Task<ProductPage> HandleAsync(QueryContext ctx, GetProductsArgs args, CancellationToken ct)
    {
        var size = Paging.Size(args.Limit);
        var offset = Paging.Offset(args.Offset);
        ProductRules.CheckRange(args.PriceRange);

        var sort = args.SortBy ?? ProductSort.Name;
        var total = await ctx.CountAsync<Product>(q => Filter(q, args), ct);
        var items = args.Cursor is { } cursor
            ? await AfterAsync(ctx, args, ProductCursor.Decode(cursor, sort), size + 1, ct)
            : await ctx.ListAsync<Product>(q => Order(Filter(q, args), sort).Skip(offset).Take(size + 1), ct);
        var page = items.Take(size).ToList();
        return new ProductPage(page, total, items.Count > size ? ProductCursor.Encode(sort, page[^1]) : null);
    }

    private static IQueryable<Product> Filter(IQueryable<Product> products, GetProductsArgs args)
    {
        var query = products.Where(p => p.IsActive);
        if (args.Category is { } category)
        {
            query = query.Where(p => p.Category == category);
        }

        if (args.PriceRange is { } range)
        {
            query = query.Where(p => p.Price >= range.Min && p.Price <= range.Max);
        }

        if (!string.IsNullOrWhiteSpace(args.Search))
        {
            var words = args.Search.Trim();
            query = query.Where(p => p.PlainTextSearch(words, ProductsModule.SearchConfig));
        }

        return query;
    }

    private static IQueryable<Product> Order(IQueryable<Product> query, ProductSort sort) => sort switch
    {
        ProductSort.Price => query.OrderBy(p => p.Price).ThenBy(p => p.Id),
        ProductSort.Rating => query.OrderByDescending(p => p.Rating).ThenBy(p => p.Id),
        ProductSort.Newest => query.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id),
        _ => query.OrderBy(p => p.Name).ThenBy(p => p.Id),
    };

    /// <summary>The products after the cursor's: the rest of its ties (ordered by id), then those with later keys.</summary>
    private static async Task<IReadOnlyList<Product>> AfterAsync(QueryContext ctx, GetProductsArgs args, ProductCursor cursor, int count, CancellationToken ct)
    {
        var ties = await ctx.ListAsync<Product>(q => Order(SameKey(Filter(q, args), cursor), cursor.Sort), ct);
        var anchor = ties.ToList().FindIndex(p => p.Id == cursor.LastId);
        var rest = ties.Skip(anchor + 1).Take(count).ToList();
        if (rest.Count < count)
        {
            rest.AddRange(await ctx.ListAsync<Product>(q => Order(LaterKey(Filter(q, args), cursor), cursor.Sort).Take(count - rest.Count), ct));
        }

        return rest;
    }

    private static IQueryable<Product> SameKey(IQueryable<Product> query, ProductCursor cursor)
    {
        var key = cursor.Key;
        switch (cursor.Sort)
        {
            case ProductSort.Price:
                var price = long.Parse(key, CultureInfo.InvariantCulture);
                return query.Where(p => p.Price == price);
            case ProductSort.Rating:
                var rating = decimal.Parse(key, CultureInfo.InvariantCulture);
                return query.Where(p => p.Rating == rating);
            case ProductSort.Newest:
                var created = Ticks(key);
                return query.Where(p => p.CreatedAt == created);
            default:
                return query.Where(p => p.Name == key);
        }
    }

    private static IQueryable<Product> LaterKey(IQueryable<Product> query, ProductCursor cursor)
    {
        var key = cursor.Key;
        switch (cursor.Sort)
        {
            case ProductSort.Price:
                var price = long.Parse(key, CultureInfo.InvariantCulture);
                return query.Where(p => p.Price > price);
            case ProductSort.Rating:
                var rating = decimal.Parse(key, CultureInfo.InvariantCulture);
                return query.Where(p => p.Rating < rating);
            case ProductSort.Newest:
                var created = Ticks(key);
                return query.Where(p => p.CreatedAt < created);
            default:
                return query.Where(p => p.Name.CompareTo(key) > 0);
        }
    }

    private static DateTimeOffset Ticks(string key) => new(long.Parse(key, CultureInfo.InvariantCulture), TimeSpan.Zero);
}
