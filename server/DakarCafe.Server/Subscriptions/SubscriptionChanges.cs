using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Products;
using DakarCafe.Schema.Subscriptions;
using DakarCafe.Server.Orders;
using DakarCafe.Server.Payments;

namespace DakarCafe.Server.Subscriptions;

/// <summary>
/// The customer's side of recurring deliveries: create, change, pause until a date, resume, cancel. Each change that
/// moves the next delivery schedules its job in the same transaction; the job it replaces finds the date changed and
/// does nothing.
/// </summary>
internal sealed class SubscriptionChanges(OrderPricingSettings pricing, PaymentSettings payments)
{

    public async Task<DeliverySubscription> CreateAsync(MutationContext ctx, CreateSubscriptionArgs args, CancellationToken ct)
    {
        var now = ctx.Time.GetUtcNow();
        var name = SubscriptionRules.Name(args.Name);
        var lines = SubscriptionRules.Products(args.Products);
        var first = SubscriptionRules.FutureDate(args.FirstDelivery, now, "firstDelivery");
        var address = CheckoutRules.Address(args.DeliveryAddress);
        var method = payments.Offered(args.PaymentMethod);
        var price = await PriceAsync(ctx, lines, args.PlanType, address.Region, ct);
        var subscription = new DeliverySubscription(Guid.CreateVersion7(now), Caller.Id(ctx), args.PlanType, name, lines, args.Frequency, first, address,
            method, price, SubscriptionStatus.Active, PausedUntil: null, CancelReason: null, DeliveryDay: first.Day, LastOrderId: null, now, now);
        return Save(ctx, subscription, scheduleDelivery: true);
    }

    public async Task<DeliverySubscription> UpdateAsync(MutationContext ctx, UpdateSubscriptionArgs args, CancellationToken ct)
    {
        var subscription = await LoadOpenAsync(ctx, args.SubscriptionId, ct);
        var now = ctx.Time.GetUtcNow();
        var next = args.NextDelivery is { } date ? SubscriptionRules.FutureDate(date, now, "nextDelivery") : subscription.NextDelivery;
        var lines = args.Products is null ? subscription.Products : SubscriptionRules.Products(args.Products);
        var address = args.DeliveryAddress is null ? subscription.DeliveryAddress : CheckoutRules.Address(args.DeliveryAddress);
        var plan = args.PlanType ?? subscription.PlanType;
        var changed = subscription with
        {
            Name = args.Name is null ? subscription.Name : SubscriptionRules.Name(args.Name),
            PlanType = plan,
            Products = lines,
            Frequency = args.Frequency ?? subscription.Frequency,
            NextDelivery = next,
            DeliveryDay = args.NextDelivery is null ? subscription.DeliveryDay : next.Day,
            DeliveryAddress = address,
            PaymentMethod = args.PaymentMethod is { } method ? payments.Offered(method) : subscription.PaymentMethod,
            Pricing = await PriceAsync(ctx, lines, plan, address.Region, ct),
            UpdatedAt = now,
        };
        return Save(ctx, changed, scheduleDelivery: changed.Status == SubscriptionStatus.Active && next != subscription.NextDelivery);
    }

    public static async Task<DeliverySubscription> PauseAsync(MutationContext ctx, PauseSubscriptionArgs args, CancellationToken ct)
    {
        var subscription = await LoadOpenAsync(ctx, args.SubscriptionId, ct);
        var now = ctx.Time.GetUtcNow();
        var until = SubscriptionRules.FutureDate(args.Until, now, "until");
        if (subscription.Status != SubscriptionStatus.Active)
        {
            throw new AppError(ShopErrorCodes.InvalidState, "Only an active subscription can be paused.", new { field = "subscriptionId", status = subscription.Status });
        }

        ctx.Scheduler.RunAt(until, SubscriptionJobs.EndPause, new PauseEnd(subscription.Id, until));
        return Save(ctx, subscription with { Status = SubscriptionStatus.Paused, PausedUntil = until, UpdatedAt = now }, scheduleDelivery: false);
    }

    public static async Task<DeliverySubscription> ResumeAsync(MutationContext ctx, SubscriptionIdArgs args, CancellationToken ct)
    {
        var subscription = await LoadOpenAsync(ctx, args.SubscriptionId, ct);
        return subscription.Status == SubscriptionStatus.Paused
            ? Resume(ctx, subscription)
            : throw new AppError(ShopErrorCodes.InvalidState, "Only a paused subscription can be resumed.", new { field = "subscriptionId", status = subscription.Status });
    }

    public static async Task<DeliverySubscription> CancelAsync(MutationContext ctx, CancelSubscriptionArgs args, CancellationToken ct)
    {
        var reason = FreeText.Required(args.Reason, "reason", 500);
        var subscription = await LoadOpenAsync(ctx, args.SubscriptionId, ct);
        return Save(ctx, subscription with
        {
            Status = SubscriptionStatus.Cancelled,
            CancelReason = reason,
            PausedUntil = null,
            UpdatedAt = ctx.Time.GetUtcNow(),
        }, scheduleDelivery: false);
    }

    public static Task<IReadOnlyList<DeliverySubscription>> GetMineAsync(QueryContext ctx, Schema.NoArgs args, CancellationToken ct)
    {
        var userId = Caller.Id(ctx);
        return ctx.ListAsync<DeliverySubscription>(q => q.Where(s => s.UserId == userId).OrderByDescending(s => s.CreatedAt).Take(Paging.MaxPageSize), ct);
    }

    /// <summary>Active again from now: the next delivery is the schedule's first one that is not in the past.</summary>
    public static DeliverySubscription Resume(MutationContext ctx, DeliverySubscription subscription)
    {
        var now = ctx.Time.GetUtcNow();
        var next = DeliverySchedule.OnOrAfter(subscription.NextDelivery, subscription.Frequency, subscription.DeliveryDay, now);
        return Save(ctx, subscription with { Status = SubscriptionStatus.Active, PausedUntil = null, NextDelivery = next, UpdatedAt = now },
            scheduleDelivery: true);
    }

    /// <summary>Stores the subscription and, when asked, schedules its next delivery.</summary>
    public static DeliverySubscription Save(MutationContext ctx, DeliverySubscription subscription, bool scheduleDelivery)
    {
        ctx.Store(subscription);
        if (scheduleDelivery)
        {
            ctx.Scheduler.RunAt(subscription.NextDelivery, SubscriptionJobs.Deliver, new DeliveryDue(subscription.Id, subscription.NextDelivery));
        }

        return subscription;
    }

    private async Task<SubscriptionPricing> PriceAsync(MutationContext ctx, IReadOnlyList<SubscriptionProduct> lines, PlanType plan, string region,
        CancellationToken ct)
    {
        var products = (await ctx.LoadManyAsync<Product>([.. lines.Select(l => l.ProductId)], ct)).ToDictionary(p => p.Id);
        return SubscriptionRules.Price(lines, products, plan, region, pricing);
    }

    /// <summary>The caller's subscription, not cancelled; anyone else's reads as missing.</summary>
    private static async Task<DeliverySubscription> LoadOpenAsync(MutationContext ctx, Guid id, CancellationToken ct)
    {
        var subscription = await ctx.LoadAsync<DeliverySubscription>(id, ct);
        if (subscription is null || subscription.UserId != Caller.Id(ctx))
        {
            throw new AppError(ErrorCodes.NotFound, "No such subscription.", new { field = "subscriptionId" });
        }

        return subscription.Status != SubscriptionStatus.Cancelled
            ? subscription
            : throw new AppError(ShopErrorCodes.InvalidState, "This subscription is cancelled.", new { field = "subscriptionId", status = subscription.Status });
    }

}
