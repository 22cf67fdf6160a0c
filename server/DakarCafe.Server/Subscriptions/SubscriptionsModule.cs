using DakarCafe.Engine;
using DakarCafe.Engine.Functions;
using DakarCafe.Schema;
using DakarCafe.Schema.Subscriptions;
using DakarCafe.Server.Orders;
using DakarCafe.Server.Payments;

namespace DakarCafe.Server.Subscriptions;

/// <summary>
/// Recurring deliveries (the seed's <c>subscriptions</c> table): the customer's functions, and the scheduled jobs that
/// place each delivery's order through the shoppers' checkout and end pauses.
/// </summary>
internal static class SubscriptionsModule
{
    public static void Register(EngineBuilder engine, IConfiguration configuration)
    {
        engine.Document<DeliverySubscription>(subscription => subscription.Index(s => s.UserId).Index(s => s.NextDelivery).Index(s => s.Status));
        var changes = new SubscriptionChanges(OrderPricingSettings.From(configuration), PaymentSettings.From(configuration));
        var deliveries = new SubscriptionDeliveries(CreateOrder.From(configuration));
        var f = engine.Functions;
        f.Mutation(Api.Subscriptions.CreateSubscription, AccessRule.Authenticated, changes.CreateAsync);
        f.Mutation(Api.Subscriptions.UpdateSubscription, AccessRule.Authenticated, changes.UpdateAsync);
        f.Mutation(Api.Subscriptions.PauseSubscription, AccessRule.Authenticated, SubscriptionChanges.PauseAsync);
        f.Mutation(Api.Subscriptions.ResumeSubscription, AccessRule.Authenticated, SubscriptionChanges.ResumeAsync);
        f.Mutation(Api.Subscriptions.CancelSubscription, AccessRule.Authenticated, SubscriptionChanges.CancelAsync);
        f.Query(Api.Subscriptions.GetMySubscriptions, AccessRule.Authenticated, SubscriptionChanges.GetMineAsync);
        f.Mutation<DeliveryDue, bool>(SubscriptionJobs.Deliver, AccessRule.Internal, deliveries.DeliverAsync);
        f.Mutation<PauseEnd, bool>(SubscriptionJobs.EndPause, AccessRule.Internal, SubscriptionDeliveries.EndPauseAsync);
    }
}
