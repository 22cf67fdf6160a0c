namespace DakarCafe.Schema.Orders;

/// <summary>How a customer pays.</summary>
public enum PaymentMethod
{
    /// <summary>Cash to the courier.</summary>
    CashOnDelivery,

    /// <summary>Orange Money.</summary>
    OrangeMoney,

    /// <summary>Wave.</summary>
    Wave,

    /// <summary>A bank card.</summary>
    Card,
}
