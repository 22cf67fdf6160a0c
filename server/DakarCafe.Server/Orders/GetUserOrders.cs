using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.Protocol;
using DakarCafe.Schema.Orders;

namespace DakarCafe.Server.Orders;

/// <summary>
/// <c>orders:getUserOrders</c>: a customer's orders, newest first, a page at a time; one's own, or anyone's for
/// staff. It depends on that customer's orders only, so other customers' checkouts do not re-run it.
/// </summary>
internal static class GetUserOrders
{
    public static async Task<OrderPage> HandleAsync(QueryContext ctx, GetUserOrdersArgs args, CancellationToken ct)
    {
        var caller = ctx.Identity;
        var userId = args.UserId ?? Guid.Parse(caller.UserId!);
        if (userId.ToString() != caller.UserId && !caller.IsInRole(OrderAccess.StaffRole))
        {
            throw new AppError(ErrorCodes.Forbidden, "Only your own orders, or staff, may be read.", new { field = "userId" });
        }

        var (size, offset) = (Paging.Size(args.Limit), Paging.Offset(args.Offset));
        var total = await ctx.CountAsync<Order>(q => q.Where(o => o.UserId == userId), ct);
        var items = await ctx.ListAsync<Order>(q => q.Where(o => o.UserId == userId)
            .OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id).Skip(offset).Take(size), ct);
        return new OrderPage(items, total);
    }
}
