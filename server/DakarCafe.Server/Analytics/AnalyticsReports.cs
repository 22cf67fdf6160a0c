using DakarCafe.Engine.Functions;
using DakarCafe.Schema.Analytics;
using DakarCafe.Schema.Orders;
using DakarCafe.Schema.Products;

namespace DakarCafe.Server.Analytics;

/// <summary>
/// The staff's aggregates, computed by PostgreSQL over the events table (its event, time and user are real columns,
/// indexed): events per day, the most viewed products, and cart-to-order conversion. They are actions on the engine's
/// read-only SQL (<see cref="ActionContext.Sql"/>): reports asked for on demand, never pushed.
/// </summary>
internal static class AnalyticsReports
{
    public const string ProductViewed = "product_viewed";
    public const string AddToCart = "add_to_cart";

    public static Task<IReadOnlyList<EventCount>> EventsPerDayAsync(ActionContext ctx, AnalyticsPeriodArgs args, CancellationToken ct)
    {
        var (from, to) = AnalyticsRules.Period(args);
        var name = args.Event is null ? null : AnalyticsRules.Event(args.Event);
        return ctx.Sql.QueryAsync($"""
            select date_trunc('day', occurred_at, 'UTC'), event, count(*) from {ctx.Sql.TableOf<AnalyticsEvent>()}
            where occurred_at >= $1 and occurred_at < $2 and ($3::text is null or event = $3::text)
            group by 1, 2 order by 1, 2
            """, row => new EventCount(row.GetFieldValue<DateTimeOffset>(0), row.GetString(1), row.GetInt64(2)), ct, from, to, name);
    }

    public static Task<IReadOnlyList<ProductViews>> TopViewedProductsAsync(ActionContext ctx, AnalyticsPeriodArgs args, CancellationToken ct)
    {
        var (from, to) = AnalyticsRules.Period(args);
        return ctx.Sql.QueryAsync($"""
            with viewed as (
                select (data -> 'Properties' ->> 'productId')::uuid as product_id, count(*) as views from {ctx.Sql.TableOf<AnalyticsEvent>()}
                where event = '{ProductViewed}' and occurred_at >= $1 and occurred_at < $2
                  and data -> 'Properties' ->> 'productId' ~* $4
                group by 1)
            select v.product_id, p.data ->> 'Name', v.views from viewed v
            left join {ctx.Sql.TableOf<Product>()} p on p.id = v.product_id
            order by v.views desc, v.product_id limit $3
            """, row => new ProductViews(row.GetGuid(0), row.IsDBNull(1) ? null : row.GetString(1), row.GetInt64(2)),
            ct, from, to, AnalyticsRules.Limit(args.Limit), "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
    }

    public static async Task<CartConversion> CartConversionAsync(ActionContext ctx, AnalyticsPeriodArgs args, CancellationToken ct)
    {
        var (from, to) = AnalyticsRules.Period(args);
        var (carted, ordered) = (await ctx.Sql.QueryAsync($"""
            with carted as (
                select distinct user_id from {ctx.Sql.TableOf<AnalyticsEvent>()}
                where event = '{AddToCart}' and user_id is not null and occurred_at >= $1 and occurred_at < $2)
            select (select count(*) from carted),
                   (select count(*) from carted c where exists (
                        select 1 from {ctx.Sql.TableOf<Order>()} o
                        where o.data ->> 'UserId' = c.user_id::text
                          and (o.data ->> 'CreatedAt')::timestamptz >= $1 and (o.data ->> 'CreatedAt')::timestamptz < $2))
            """, row => (row.GetInt64(0), row.GetInt64(1)), ct, from, to))[0];
        return new CartConversion(carted, ordered, carted == 0 ? 0 : (int)(ordered * 10_000 / carted));
    }
}
