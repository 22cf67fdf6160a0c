namespace DakarCafe.Server.Orders;

/// <summary>The <c>Orders:Pricing</c> configuration section: delivery costs by region and VAT, in whole FCFA and basis points.</summary>
internal sealed record OrderPricingSettings
{
    /// <summary>Delivery within the Dakar region.</summary>
    public long DakarShipping { get; init; } = 1_500;

    /// <summary>Delivery to any other region of Senegal.</summary>
    public long RegionalShipping { get; init; } = 3_500;

    /// <summary>Goods worth at least this much (after discount, before VAT) ship free.</summary>
    public long FreeShippingThreshold { get; init; } = 50_000;

    /// <summary>VAT in basis points: 1800 is Senegal's 18 %. Catalog prices are before VAT.</summary>
    public int VatBasisPoints { get; init; } = 1_800;

    public static OrderPricingSettings From(IConfiguration configuration) =>
        configuration.GetSection("Orders:Pricing").Get<OrderPricingSettings>() ?? new OrderPricingSettings();
}
