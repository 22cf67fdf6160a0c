using DakarCafe.Engine.Functions;
using DakarCafe.Schema.Analytics;
using DakarCafe.Schema.Orders;
using DakarCafe.Schema.Products;
using Marten;
using Npgsql;

namespace DakarCafe.Server.Analytics;

/// <summary>
/// The staff's aggregates, computed by PostgreSQL over the events table (its event, time and user are real columns,
/// indexed): events per day, the most viewed products, and cart-to-order conversion.
/// </summary>
internal static class AnalyticsReports
{
    public const string ProductViewed = "product_viewed";
    public const string AddToCart = "add_to_cart";

    public static async Task<IReadOnlyList<EventCount>> EventsPerDayAsync(ActionContext ctx, AnalyticsPeriodArgs args, CancellationToken ct)
    {
        var (from, to) = AnalyticsRules.Period(args);
        var name = args.Event is null ? null : AnalyticsRules.Event(args.Event);
        var (source, events) = Sources(ctx);
        await using var command = source.CreateCommand($"""
            select date_trunc('day', occurred_at, 'UTC'), event, count(*) from {events}
            where occurred_at >= $1 and occurred_at < $2 and ($3::text is null or event = $3)
            group by 1, 2 order by 1, 2
            """);
        command.Parameters.Add(new() { Value = from });
        command.Parameters.Add(new() { Value = to });
        command.Parameters.Add(new() { Value = (object?)name ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        var counts = new List<EventCount>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            counts.Add(new EventCount(await reader.GetFieldValueAsync<DateTimeOffset>(0, ct), reader.GetString(1), reader.GetInt64(2)));
        }

        return counts;
    }

    public static async Task<IReadOnlyList<ProductViews>> TopViewedProductsAsync(ActionContext ctx, AnalyticsPeriodArgs args, CancellationToken ct)
    {
        var (from, to) = AnalyticsRules.Period(args);
        var (source, events) = Sources(ctx);
        await using var command = source.CreateCommand($"""
            select data -> 'Properties' ->> 'productId', count(*) from {events}
            where event = '{ProductViewed}' and occurred_at >= $1 and occurred_at < $2
              and data -> 'Properties' ->> 'productId' ~* $4
            group by 1 order by 2 desc, 1 limit $3
            """);
        command.Parameters.Add(new() { Value = from });
        command.Parameters.Add(new() { Value = to });
        command.Parameters.Add(new() { Value = AnalyticsRules.Limit(args.Limit) });
        command.Parameters.Add(new() { Value = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$" });
        var views = new List<(Guid Product, long Views)>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                views.Add((Guid.Parse(reader.GetString(0)), reader.GetInt64(1)));
            }
        }

        await using var session = ctx.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var names = (await session.LoadManyAsync<Product>(ct, views.Select(v => v.Product))).ToDictionary(p => p.Id, p => p.Name);
        return [.. views.Select(v => new ProductViews(v.Product, names.GetValueOrDefault(v.Product), v.Views))];
    }

    public static async Task<CartConversion> CartConversionAsync(ActionContext ctx, AnalyticsPeriodArgs args, CancellationToken ct)
    {
        var (from, to) = AnalyticsRules.Period(args);
        var (source, events) = Sources(ctx);
        var orders = ctx.Services.GetRequiredService<IDocumentStore>().Options.FindOrResolveDocumentType(typeof(Order)).TableName.QualifiedName;
        await using var command = source.CreateCommand($"""
            with carted as (
                select distinct user_id from {events}
                where event = '{AddToCart}' and user_id is not null and occurred_at >= $1 and occurred_at < $2)
            select (select count(*) from carted),
                   (select count(*) from carted c where exists (
                        select 1 from {orders} o
                        where o.data ->> 'UserId' = c.user_id::text
                          and (o.data ->> 'CreatedAt')::timestamptz >= $1 and (o.data ->> 'CreatedAt')::timestamptz < $2))
            """);
        command.Parameters.Add(new() { Value = from });
        command.Parameters.Add(new() { Value = to });
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var (carted, ordered) = (reader.GetInt64(0), reader.GetInt64(1));
        return new CartConversion(carted, ordered, carted == 0 ? 0 : (int)(ordered * 10_000 / carted));
    }

    private static (NpgsqlDataSource Source, string Events) Sources(ActionContext ctx) => (ctx.Services.GetRequiredService<NpgsqlDataSource>(),
        ctx.Services.GetRequiredService<IDocumentStore>().Options.FindOrResolveDocumentType(typeof(AnalyticsEvent)).TableName.QualifiedName);
}
