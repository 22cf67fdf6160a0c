using DakarCafe.Protocol;
using DakarCafe.Schema.RecurringDeliveries;

namespace DakarCafe.Schema;

public static partial class Api
{
    /// <summary>The <c>recurringDeliveries</c> module's functions: recurring deliveries (weekly, every two weeks or monthly).</summary>
    public static class RecurringDeliveries
    {
        /// <summary><c>recurringDeliveries:createRecurringDelivery</c>: Starts a recurring delivery.</summary>
        public static MutationReference<CreateRecurringDeliveryArgs, RecurringDelivery> CreateRecurringDelivery { get; } =
            new("recurringDeliveries:createRecurringDelivery");

        /// <summary><c>recurringDeliveries:updateRecurringDelivery</c>: Changes a recurring delivery.</summary>
        public static MutationReference<UpdateRecurringDeliveryArgs, RecurringDelivery> UpdateRecurringDelivery { get; } =
            new("recurringDeliveries:updateRecurringDelivery");

        /// <summary><c>recurringDeliveries:pauseRecurringDelivery</c>: Pauses deliveries until a date.</summary>
        public static MutationReference<PauseRecurringDeliveryArgs, RecurringDelivery> PauseRecurringDelivery { get; } =
            new("recurringDeliveries:pauseRecurringDelivery");

        /// <summary><c>recurringDeliveries:resumeRecurringDelivery</c>: Resumes a paused recurring delivery now.</summary>
        public static MutationReference<RecurringDeliveryIdArgs, RecurringDelivery> ResumeRecurringDelivery { get; } =
            new("recurringDeliveries:resumeRecurringDelivery");

        /// <summary><c>recurringDeliveries:cancelRecurringDelivery</c>: Ends a recurring delivery, with a reason.</summary>
        public static MutationReference<CancelRecurringDeliveryArgs, RecurringDelivery> CancelRecurringDelivery { get; } =
            new("recurringDeliveries:cancelRecurringDelivery");

        /// <summary><c>recurringDeliveries:getMyRecurringDeliveries</c>: The caller's recurring deliveries, live.</summary>
        public static QueryReference<NoArgs, IReadOnlyList<RecurringDelivery>> GetMyRecurringDeliveries { get; } =
            new("recurringDeliveries:getMyRecurringDeliveries");
    }
}
