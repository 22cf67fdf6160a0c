using DakarCafe.Protocol;

namespace DakarCafe.Schema;

/// <summary>
/// The shop's own error codes, beside the engine's <see cref="ErrorCodes"/> (such as <c>NOT_FOUND</c> and
/// <c>VALIDATION_ERROR</c>): every code a shop function may answer, generated into the TypeScript
/// <c>ShopErrorCode</c> union. Where a field is to blame, the error's data names it (<c>{ field }</c>).
/// </summary>
[ErrorCodeCatalog]
public static class ShopErrorCodes
{
    /// <summary>Another product or category already uses this slug.</summary>
    public const string SlugTaken = "SLUG_TAKEN";

    /// <summary>The product is no longer sold.</summary>
    public const string ProductUnavailable = "PRODUCT_UNAVAILABLE";

    /// <summary>Fewer are in stock than asked for; the data says how many are left.</summary>
    public const string OutOfStock = "OUT_OF_STOCK";

    /// <summary>The payment method is not offered at the moment.</summary>
    public const string PaymentMethodUnavailable = "PAYMENT_METHOD_UNAVAILABLE";

    /// <summary>The payment provider could not be reached; nothing was charged.</summary>
    public const string PaymentProviderUnavailable = "PAYMENT_PROVIDER_UNAVAILABLE";

    /// <summary>The order has nothing left to pay.</summary>
    public const string NothingToPay = "NOTHING_TO_PAY";

    /// <summary>The order has no captured payment left to refund.</summary>
    public const string NothingToRefund = "NOTHING_TO_REFUND";

    /// <summary>The order's payment provider does not take refunds through the shop.</summary>
    public const string RefundNotSupported = "REFUND_NOT_SUPPORTED";

    /// <summary>A provider's notification names a payment the shop never started.</summary>
    public const string UnknownPayment = "UNKNOWN_PAYMENT";

    /// <summary>A provider's notification carries another amount than the payment's.</summary>
    public const string AmountMismatch = "AMOUNT_MISMATCH";

    /// <summary>The order cannot move to that status from its current one.</summary>
    public const string InvalidTransition = "INVALID_TRANSITION";

    /// <summary>The order waits for its payment; it moves once the payment is settled.</summary>
    public const string PaymentPending = "PAYMENT_PENDING";

    /// <summary>The recurring delivery cannot do that in its current state (paused, cancelled, ...).</summary>
    public const string InvalidState = "INVALID_STATE";

    /// <summary>The caller has already reviewed this product; edit that review instead.</summary>
    public const string AlreadyReviewed = "ALREADY_REVIEWED";

    /// <summary>A review cannot be voted helpful by its author.</summary>
    public const string OwnReview = "OWN_REVIEW";

    /// <summary>The caller has already found this review helpful.</summary>
    public const string AlreadyVoted = "ALREADY_VOTED";
}
