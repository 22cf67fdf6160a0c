namespace DakarCafe.Schema.Orders;

/// <summary>Where an order's payment is.</summary>
public enum PaymentStatus
{
    /// <summary>Not paid yet.</summary>
    Pending,

    /// <summary>Paid.</summary>
    Paid,

    /// <summary>The payment failed.</summary>
    Failed,

    /// <summary>Paid back.</summary>
    Refunded,
}
