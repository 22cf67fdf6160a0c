using DakarCafe.Schema.RecurringDeliveries;

namespace DakarCafe.Server.RecurringDeliveries;

/// <summary>The plans' discounts on the goods of every delivery, in basis points.</summary>
internal static class RecurringDeliveryPlans
{
    public static int DiscountBasisPoints(PlanType plan) => plan switch
    {
        PlanType.Basic => 500,
        PlanType.Premium => 1_000,
        PlanType.Enterprise => 1_500,
        _ => throw new ArgumentOutOfRangeException(nameof(plan), plan, "Unknown plan."),
    };
}
