namespace DakarCafe.Schema.Orders;

/// <summary>The life of an order.</summary>
public enum OrderStatus
{
    /// <summary>Placed, not yet confirmed.</summary>
    Pending,

    /// <summary>Confirmed by the shop.</summary>
    Confirmed,

    /// <summary>Being prepared.</summary>
    Processing,

    /// <summary>Handed to the carrier.</summary>
    Shipped,

    /// <summary>Delivered to the customer.</summary>
    Delivered,

    /// <summary>Cancelled.</summary>
    Cancelled,
}
