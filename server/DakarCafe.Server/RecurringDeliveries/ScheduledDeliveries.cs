using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.Schema.Orders;
using DakarCafe.Schema.Products;
using DakarCafe.Schema.RecurringDeliveries;
using DakarCafe.Server.Notifications;
using DakarCafe.Server.Orders;

namespace DakarCafe.Server.RecurringDeliveries;

/// <summary>
/// The scheduled side of recurring deliveries. <c>recurringDeliveries:deliver</c> places the order through the shoppers'
/// checkout (stock taken, priced with the plan's discount), leaves out what is out of stock and tells the customer,
/// moves the next delivery on and schedules it, all in one transaction: as a job it runs exactly once.
/// <c>recurringDeliveries:endPause</c> resumes a pause that reached its date.
/// </summary>
internal sealed class ScheduledDeliveries(CreateOrder checkout)
{
    public async Task<bool> DeliverAsync(MutationContext ctx, DeliveryDue due, CancellationToken ct)
    {
        var recurring = await ctx.LoadAsync<RecurringDelivery>(due.RecurringDeliveryId, ct);
        if (recurring is not { Status: RecurringDeliveryStatus.Active } || recurring.NextDelivery != due.At)
        {
            return false;
        }

        var products = (await ctx.LoadManyAsync<Product>([.. recurring.Products.Select(p => p.ProductId)], ct)).ToDictionary(p => p.Id);
        var inStock = recurring.Products.Where(line => products.GetValueOrDefault(line.ProductId) is { IsActive: true } p
            && (!p.Inventory.IsTracked || p.Inventory.Stock >= line.Quantity)).ToList();
        var missing = recurring.Products.Except(inStock).Select(line => products.GetValueOrDefault(line.ProductId)?.Name ?? "?").ToList();
        var now = ctx.Time.GetUtcNow();
        var next = DeliverySchedule.OnOrAfter(DeliverySchedule.Next(due.At, recurring.Frequency, recurring.DeliveryDay), recurring.Frequency,
            recurring.DeliveryDay, now);
        var order = inStock.Count == 0 ? null : await PlaceAsync(ctx, recurring, inStock, ct);
        if (inStock.Count == 0)
        {
            await Notifier.NotifyAsync(ctx, recurring.UserId, RecurringDeliveryMessages.Skipped(recurring, missing, next), ct);
        }
        else if (order is not null && missing.Count > 0)
        {
            await Notifier.NotifyAsync(ctx, recurring.UserId, RecurringDeliveryMessages.Partial(recurring, missing, order.Id), ct);
        }

        RecurringDeliveryChanges.Save(ctx, recurring with { NextDelivery = next, LastOrderId = order?.Id ?? recurring.LastOrderId, UpdatedAt = now },
            scheduleDelivery: true);
        return order is not null;
    }

    public static async Task<bool> EndPauseAsync(MutationContext ctx, PauseEnd pause, CancellationToken ct)
    {
        var recurring = await ctx.LoadAsync<RecurringDelivery>(pause.RecurringDeliveryId, ct);
        if (recurring is not { Status: RecurringDeliveryStatus.Paused } || recurring.PausedUntil != pause.Until)
        {
            return false;
        }

        RecurringDeliveryChanges.Resume(ctx, recurring);
        return true;
    }

    /// <summary>The order, or null when checkout refused it (an address or payment method no longer valid): the customer is told why.</summary>
    private async Task<Order?> PlaceAsync(MutationContext ctx, RecurringDelivery recurring, IReadOnlyList<RecurringDeliveryProduct> lines, CancellationToken ct)
    {
        var args = new CreateOrderArgs(recurring.DeliveryAddress, recurring.PaymentMethod, [.. lines.Select(l => new OrderItemInput(l.ProductId, l.Quantity))],
            $"Livraison récurrente « {recurring.Name} »");
        try
        {
            return await checkout.PlaceAsync(ctx, recurring.UserId, args, RecurringDeliveryPlans.DiscountBasisPoints(recurring.PlanType), fromCart: false, ct);
        }
        catch (AppError refused)
        {
            await Notifier.NotifyAsync(ctx, recurring.UserId, RecurringDeliveryMessages.Failed(recurring, refused.Message), ct);
            return null;
        }
    }
}
