using DakarCafe.Engine;
using DakarCafe.Engine.Functions;
using DakarCafe.Schema;
using DakarCafe.Schema.RecurringDeliveries;
using DakarCafe.Server.Orders;
using DakarCafe.Server.Payments;

namespace DakarCafe.Server.RecurringDeliveries;

/// <summary>
/// Recurring deliveries (the seed's <c>subscriptions</c> table): the customer's functions, and the scheduled jobs that
/// place each delivery's order through the shoppers' checkout and end pauses.
/// </summary>
internal static class RecurringDeliveriesModule
{
    public static void Register(EngineBuilder engine, IConfiguration configuration)
    {
        engine.Document<RecurringDelivery>(recurring => recurring.DocumentAlias(RecurringDeliveryMigrations.StoredAs)
            .Index(s => s.UserId).Index(s => s.NextDelivery).Index(s => s.Status));
        RecurringDeliveryMigrations.Register(engine);
        var changes = new RecurringDeliveryChanges(OrderPricingSettings.From(configuration), PaymentSettings.From(configuration));
        var deliveries = new ScheduledDeliveries(CreateOrder.From(configuration));
        var f = engine.Functions;
        f.Mutation(Api.RecurringDeliveries.CreateRecurringDelivery, AccessRule.Authenticated, changes.CreateAsync);
        f.Mutation(Api.RecurringDeliveries.UpdateRecurringDelivery, AccessRule.Authenticated, changes.UpdateAsync);
        f.Mutation(Api.RecurringDeliveries.PauseRecurringDelivery, AccessRule.Authenticated, RecurringDeliveryChanges.PauseAsync);
        f.Mutation(Api.RecurringDeliveries.ResumeRecurringDelivery, AccessRule.Authenticated, RecurringDeliveryChanges.ResumeAsync);
        f.Mutation(Api.RecurringDeliveries.CancelRecurringDelivery, AccessRule.Authenticated, RecurringDeliveryChanges.CancelAsync);
        f.Query(Api.RecurringDeliveries.GetMyRecurringDeliveries, AccessRule.Authenticated, RecurringDeliveryChanges.GetMineAsync);
        f.Mutation<DeliveryDue, bool>(RecurringDeliveryJobs.Deliver, AccessRule.Internal, deliveries.DeliverAsync);
        f.Mutation<PauseEnd, bool>(RecurringDeliveryJobs.EndPause, AccessRule.Internal, ScheduledDeliveries.EndPauseAsync);
    }
}
