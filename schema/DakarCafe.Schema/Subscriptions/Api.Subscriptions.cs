using DakarCafe.Protocol;
using DakarCafe.Schema.Subscriptions;

namespace DakarCafe.Schema;

public static partial class Api
{
    /// <summary>The <c>subscriptions</c> module's functions: recurring deliveries.</summary>
    public static class Subscriptions
    {
        /// <summary><c>subscriptions:createSubscription</c>: Starts a recurring delivery.</summary>
        public static MutationReference<CreateSubscriptionArgs, DeliverySubscription> CreateSubscription { get; } = new("subscriptions:createSubscription");

        /// <summary><c>subscriptions:updateSubscription</c>: Changes a recurring delivery.</summary>
        public static MutationReference<UpdateSubscriptionArgs, DeliverySubscription> UpdateSubscription { get; } = new("subscriptions:updateSubscription");

        /// <summary><c>subscriptions:pauseSubscription</c>: Pauses deliveries until a date.</summary>
        public static MutationReference<PauseSubscriptionArgs, DeliverySubscription> PauseSubscription { get; } = new("subscriptions:pauseSubscription");

        /// <summary><c>subscriptions:resumeSubscription</c>: Resumes a paused subscription now.</summary>
        public static MutationReference<SubscriptionIdArgs, DeliverySubscription> ResumeSubscription { get; } = new("subscriptions:resumeSubscription");

        /// <summary><c>subscriptions:cancelSubscription</c>: Ends a subscription, with a reason.</summary>
        public static MutationReference<CancelSubscriptionArgs, DeliverySubscription> CancelSubscription { get; } = new("subscriptions:cancelSubscription");

        /// <summary><c>subscriptions:getMySubscriptions</c>: The caller's subscriptions, live.</summary>
        public static QueryReference<NoArgs, IReadOnlyList<DeliverySubscription>> GetMySubscriptions { get; } = new("subscriptions:getMySubscriptions");
    }
}
