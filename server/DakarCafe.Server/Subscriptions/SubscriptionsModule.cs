using DakarCafe.Engine;
using DakarCafe.Schema.Subscriptions;

namespace DakarCafe.Server.Subscriptions;

/// <summary>Recurring deliveries: the seed's <c>subscriptions</c> table with its indexes; its functions come with the scheduler.</summary>
internal static class SubscriptionsModule
{
    public static void Register(EngineBuilder engine) =>
        engine.Document<DeliverySubscription>(subscription => subscription.Index(s => s.UserId).Index(s => s.NextDelivery).Index(s => s.Status));
}
