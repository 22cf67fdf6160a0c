using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Products;
using DakarCafe.Schema.RecurringDeliveries;
using DakarCafe.Server.Orders;
using DakarCafe.Server.Payments;

namespace DakarCafe.Server.RecurringDeliveries;

/// <summary>
/// The customer's side of recurring deliveries: create, change, pause until a date, resume, cancel. Each change that
/// moves the next delivery schedules its job in the same transaction; the job it replaces finds the date changed and
/// does nothing.
/// </summary>
internal sealed class RecurringDeliveryChanges(OrderPricingSettings pricing, PaymentSettings payments)
{

    public async Task<RecurringDelivery> CreateAsync(MutationContext ctx, CreateRecurringDeliveryArgs args, CancellationToken ct)
    {
        var now = ctx.Time.GetUtcNow();
        var name = RecurringDeliveryRules.Name(args.Name);
        var lines = RecurringDeliveryRules.Products(args.Products);
        var first = RecurringDeliveryRules.FutureDate(args.FirstDelivery, now, "firstDelivery");
        var address = CheckoutRules.Address(args.DeliveryAddress);
        var method = payments.Offered(args.PaymentMethod);
        var price = await PriceAsync(ctx, lines, args.PlanType, address.Region, ct);
        var recurring = new RecurringDelivery(Guid.CreateVersion7(now), Caller.Id(ctx), args.PlanType, name, lines, args.Frequency, first, address,
            method, price, RecurringDeliveryStatus.Active, PausedUntil: null, CancelReason: null, DeliveryDay: first.Day, LastOrderId: null, now, now);
        return Save(ctx, recurring, scheduleDelivery: true);
    }

    public async Task<RecurringDelivery> UpdateAsync(MutationContext ctx, UpdateRecurringDeliveryArgs args, CancellationToken ct)
    {
        var recurring = await LoadOpenAsync(ctx, args.RecurringDeliveryId, ct);
        var now = ctx.Time.GetUtcNow();
        var next = args.NextDelivery is { } date ? RecurringDeliveryRules.FutureDate(date, now, "nextDelivery") : recurring.NextDelivery;
        var lines = args.Products is null ? recurring.Products : RecurringDeliveryRules.Products(args.Products);
        var address = args.DeliveryAddress is null ? recurring.DeliveryAddress : CheckoutRules.Address(args.DeliveryAddress);
        var plan = args.PlanType ?? recurring.PlanType;
        var changed = recurring with
        {
            Name = args.Name is null ? recurring.Name : RecurringDeliveryRules.Name(args.Name),
            PlanType = plan,
            Products = lines,
            Frequency = args.Frequency ?? recurring.Frequency,
            NextDelivery = next,
            DeliveryDay = args.NextDelivery is null ? recurring.DeliveryDay : next.Day,
            DeliveryAddress = address,
            PaymentMethod = args.PaymentMethod is { } method ? payments.Offered(method) : recurring.PaymentMethod,
            Pricing = await PriceAsync(ctx, lines, plan, address.Region, ct),
            UpdatedAt = now,
        };
        return Save(ctx, changed, scheduleDelivery: changed.Status == RecurringDeliveryStatus.Active && next != recurring.NextDelivery);
    }

    public static async Task<RecurringDelivery> PauseAsync(MutationContext ctx, PauseRecurringDeliveryArgs args, CancellationToken ct)
    {
        var recurring = await LoadOpenAsync(ctx, args.RecurringDeliveryId, ct);
        var now = ctx.Time.GetUtcNow();
        var until = RecurringDeliveryRules.FutureDate(args.Until, now, "until");
        if (recurring.Status != RecurringDeliveryStatus.Active)
        {
            throw new AppError(ShopErrorCodes.InvalidState, "Only an active recurring delivery can be paused.", new { field = "recurringDeliveryId", status = recurring.Status });
        }

        ctx.Scheduler.RunAt(until, RecurringDeliveryJobs.EndPause, new PauseEnd(recurring.Id, until));
        return Save(ctx, recurring with { Status = RecurringDeliveryStatus.Paused, PausedUntil = until, UpdatedAt = now }, scheduleDelivery: false);
    }

    public static async Task<RecurringDelivery> ResumeAsync(MutationContext ctx, RecurringDeliveryIdArgs args, CancellationToken ct)
    {
        var recurring = await LoadOpenAsync(ctx, args.RecurringDeliveryId, ct);
        return recurring.Status == RecurringDeliveryStatus.Paused
            ? Resume(ctx, recurring)
            : throw new AppError(ShopErrorCodes.InvalidState, "Only a paused recurring delivery can be resumed.", new { field = "recurringDeliveryId", status = recurring.Status });
    }

    public static async Task<RecurringDelivery> CancelAsync(MutationContext ctx, CancelRecurringDeliveryArgs args, CancellationToken ct)
    {
        var reason = FreeText.Required(args.Reason, "reason", 500);
        var recurring = await LoadOpenAsync(ctx, args.RecurringDeliveryId, ct);
        return Save(ctx, recurring with
        {
            Status = RecurringDeliveryStatus.Cancelled,
            CancelReason = reason,
            PausedUntil = null,
            UpdatedAt = ctx.Time.GetUtcNow(),
        }, scheduleDelivery: false);
    }

    public static Task<IReadOnlyList<RecurringDelivery>> GetMineAsync(QueryContext ctx, Schema.NoArgs args, CancellationToken ct)
    {
        var userId = Caller.Id(ctx);
        return ctx.ListAsync<RecurringDelivery>(q => q.Where(s => s.UserId == userId).OrderByDescending(s => s.CreatedAt).Take(Paging.MaxPageSize), ct);
    }

    /// <summary>Active again from now: the next delivery is the schedule's first one that is not in the past.</summary>
    public static RecurringDelivery Resume(MutationContext ctx, RecurringDelivery recurring)
    {
        var now = ctx.Time.GetUtcNow();
        var next = DeliverySchedule.OnOrAfter(recurring.NextDelivery, recurring.Frequency, recurring.DeliveryDay, now);
        return Save(ctx, recurring with { Status = RecurringDeliveryStatus.Active, PausedUntil = null, NextDelivery = next, UpdatedAt = now },
            scheduleDelivery: true);
    }

    /// <summary>Stores the recurring delivery and, when asked, schedules its next delivery.</summary>
    public static RecurringDelivery Save(MutationContext ctx, RecurringDelivery recurring, bool scheduleDelivery)
    {
        ctx.Store(recurring);
        if (scheduleDelivery)
        {
            ctx.Scheduler.RunAt(recurring.NextDelivery, RecurringDeliveryJobs.Deliver, new DeliveryDue(recurring.Id, recurring.NextDelivery));
        }

        return recurring;
    }

    private async Task<RecurringDeliveryPricing> PriceAsync(MutationContext ctx, IReadOnlyList<RecurringDeliveryProduct> lines, PlanType plan, string region,
        CancellationToken ct)
    {
        var products = (await ctx.LoadManyAsync<Product>([.. lines.Select(l => l.ProductId)], ct)).ToDictionary(p => p.Id);
        return RecurringDeliveryRules.Price(lines, products, plan, region, pricing);
    }

    /// <summary>The caller's recurring delivery, not cancelled; anyone else's reads as missing.</summary>
    private static async Task<RecurringDelivery> LoadOpenAsync(MutationContext ctx, Guid id, CancellationToken ct)
    {
        var recurring = await ctx.LoadAsync<RecurringDelivery>(id, ct);
        if (recurring is null || recurring.UserId != Caller.Id(ctx))
        {
            throw new AppError(ErrorCodes.NotFound, "No such recurring delivery.", new { field = "recurringDeliveryId" });
        }

        return recurring.Status != RecurringDeliveryStatus.Cancelled
            ? recurring
            : throw new AppError(ShopErrorCodes.InvalidState, "This recurring delivery is cancelled.", new { field = "recurringDeliveryId", status = recurring.Status });
    }

}
