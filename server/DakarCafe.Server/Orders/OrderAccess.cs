using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.Protocol;
using DakarCafe.Schema.Orders;

namespace DakarCafe.Server.Orders;

/// <summary>
/// Who sees an order: its customer and staff. Anyone else is told there is no such order, the same answer as for an
/// id that does not exist, so a refusal reveals nothing.
/// </summary>
internal static class OrderAccess
{
    /// <summary>The role that runs the shop: sees every order and moves them along.</summary>
    public const string StaffRole = "admin";

    public static AccessRule Staff { get; } = AccessRule.Role(StaffRole);

    public static async Task<Order> LoadAsync(QueryContext ctx, Guid orderId, CancellationToken ct)
    {
        var order = await ctx.LoadAsync<Order>(orderId, ct);
        var caller = ctx.Identity;
        return order is not null && (order.UserId.ToString() == caller.UserId || caller.IsInRole(StaffRole))
            ? order
            : throw new AppError(ErrorCodes.NotFound, "No such order.", new { field = "orderId" });
    }
}
