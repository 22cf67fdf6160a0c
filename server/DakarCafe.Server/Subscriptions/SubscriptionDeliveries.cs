using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.Schema.Orders;
using DakarCafe.Schema.Products;
using DakarCafe.Schema.Subscriptions;
using DakarCafe.Server.Notifications;
using DakarCafe.Server.Orders;

namespace DakarCafe.Server.Subscriptions;

/// <summary>
/// The scheduled side of recurring deliveries. <c>subscriptions:deliver</c> places the order through the shoppers'
/// checkout (stock taken, priced with the plan's discount), leaves out what is out of stock and tells the customer,
/// moves the next delivery on and schedules it, all in one transaction: as a job it runs exactly once.
/// <c>subscriptions:endPause</c> resumes a pause that reached its date.
/// </summary>
internal sealed class SubscriptionDeliveries(CreateOrder checkout)
{
    public async Task<bool> DeliverAsync(MutationContext ctx, DeliveryDue due, CancellationToken ct)
    {
        var subscription = await ctx.LoadAsync<DeliverySubscription>(due.SubscriptionId, ct);
        if (subscription is not { Status: SubscriptionStatus.Active } || subscription.NextDelivery != due.At)
        {
            return false;
        }

        var products = (await ctx.LoadManyAsync<Product>([.. subscription.Products.Select(p => p.ProductId)], ct)).ToDictionary(p => p.Id);
        var inStock = subscription.Products.Where(line => products.GetValueOrDefault(line.ProductId) is { IsActive: true } p
            && (!p.Inventory.IsTracked || p.Inventory.Stock >= line.Quantity)).ToList();
        var missing = subscription.Products.Except(inStock).Select(line => products.GetValueOrDefault(line.ProductId)?.Name ?? "?").ToList();
        var now = ctx.Time.GetUtcNow();
        var next = DeliverySchedule.OnOrAfter(DeliverySchedule.Next(due.At, subscription.Frequency, subscription.DeliveryDay), subscription.Frequency,
            subscription.DeliveryDay, now);
        var order = inStock.Count == 0 ? null : await PlaceAsync(ctx, subscription, inStock, ct);
        if (inStock.Count == 0)
        {
            await Notifier.NotifyAsync(ctx, subscription.UserId, SubscriptionMessages.Skipped(subscription, missing, next), ct);
        }
        else if (order is not null && missing.Count > 0)
        {
            await Notifier.NotifyAsync(ctx, subscription.UserId, SubscriptionMessages.Partial(subscription, missing, order.Id), ct);
        }

        SubscriptionChanges.Save(ctx, subscription with { NextDelivery = next, LastOrderId = order?.Id ?? subscription.LastOrderId, UpdatedAt = now },
            scheduleDelivery: true);
        return order is not null;
    }

    public static async Task<bool> EndPauseAsync(MutationContext ctx, PauseEnd pause, CancellationToken ct)
    {
        var subscription = await ctx.LoadAsync<DeliverySubscription>(pause.SubscriptionId, ct);
        if (subscription is not { Status: SubscriptionStatus.Paused } || subscription.PausedUntil != pause.Until)
        {
            return false;
        }

        SubscriptionChanges.Resume(ctx, subscription);
        return true;
    }

    /// <summary>The order, or null when checkout refused it (an address or payment method no longer valid): the customer is told why.</summary>
    private async Task<Order?> PlaceAsync(MutationContext ctx, DeliverySubscription subscription, IReadOnlyList<SubscriptionProduct> lines, CancellationToken ct)
    {
        var args = new CreateOrderArgs(subscription.DeliveryAddress, subscription.PaymentMethod, [.. lines.Select(l => new OrderItemInput(l.ProductId, l.Quantity))],
            $"Livraison récurrente « {subscription.Name} »");
        try
        {
            return await checkout.PlaceAsync(ctx, subscription.UserId, args, SubscriptionPlans.DiscountBasisPoints(subscription.PlanType), fromCart: false, ct);
        }
        catch (AppError refused)
        {
            await Notifier.NotifyAsync(ctx, subscription.UserId, SubscriptionMessages.Failed(subscription, refused.Message), ct);
            return null;
        }
    }
}
