using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.Schema.Orders;

namespace DakarCafe.Server.Orders;

/// <summary><c>orders:listOrders</c> (staff): every customer's orders, newest first, by status and by when they were placed.</summary>
internal static class ListOrders
{
    public static async Task<OrderPage> HandleAsync(QueryContext ctx, ListOrdersArgs args, CancellationToken ct)
    {
        if (args is { From: { } from, To: { } to } && to <= from)
        {
            throw AppError.Validation("to", "The end of the period must come after its start.");
        }

        var (size, offset) = (Paging.Size(args.Limit), Paging.Offset(args.Offset));
        var total = await ctx.CountAsync<Order>(q => Filter(q, args), ct);
        var items = await ctx.ListAsync<Order>(q => Filter(q, args).OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id).Skip(offset).Take(size), ct);
        return new OrderPage(items, total);
    }

    private static IQueryable<Order> Filter(IQueryable<Order> orders, ListOrdersArgs args)
    {
        if (args.Status is { } status)
        {
            orders = orders.Where(o => o.Status == status);
        }

        if (args.From is { } from)
        {
            orders = orders.Where(o => o.CreatedAt >= from);
        }

        if (args.To is { } to)
        {
            orders = orders.Where(o => o.CreatedAt < to);
        }

        return orders;
    }
}
