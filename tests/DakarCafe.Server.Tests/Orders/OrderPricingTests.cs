using DakarCafe.Schema.Orders;
using DakarCafe.Server.Orders;

namespace DakarCafe.Server.Tests.Orders;

public sealed class OrderPricingTests
{
    private static readonly OrderPricingSettings Settings = new();

    private static OrderItem[] Goods(params long[] lineTotals) => lineTotals.Select(t => new OrderItem(Guid.NewGuid(), "x", 1, t, t)).ToArray();

    [Fact]
    public void Dakar_pays_the_city_delivery_and_18_percent_vat_on_the_goods()
    {
        var totals = OrderPricing.Compute(Goods(3_500, 7_000), "Dakar", 0, Settings);

        totals.Should().Be(new OrderTotals(Subtotal: 10_500, Discount: 0, Tax: 1_890, Shipping: 1_500, Total: 13_890));
    }

    [Theory]
    [InlineData("Thiès")]
    [InlineData("Saint-Louis")]
    [InlineData("Ziguinchor")]
    public void Other_regions_pay_the_regional_delivery(string region) =>
        OrderPricing.Compute(Goods(10_000), region, 0, Settings).Shipping.Should().Be(3_500);

    [Fact]
    public void Goods_at_the_threshold_ship_free_and_just_below_do_not()
    {
        OrderPricing.Compute(Goods(50_000), "Kaolack", 0, Settings).Should().Be(new OrderTotals(50_000, 0, 9_000, 0, 59_000));
        OrderPricing.Compute(Goods(49_999), "Kaolack", 0, Settings).Shipping.Should().Be(3_500);
    }

    [Fact]
    public void A_discount_comes_off_before_vat_and_can_drop_the_goods_below_the_free_delivery_threshold()
    {
        var totals = OrderPricing.Compute(Goods(52_000), "Dakar", discountBasisPoints: 1_000, Settings);

        totals.Should().Be(new OrderTotals(Subtotal: 52_000, Discount: 5_200, Tax: 8_424, Shipping: 1_500, Total: 56_724));
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(3, 1)]
    [InlineData(25, 5)]
    [InlineData(2_775, 500)]
    public void Vat_is_rounded_half_up_to_the_franc(long goods, long vat) =>
        OrderPricing.Compute(Goods(goods), "Dakar", 0, Settings).Tax.Should().Be(vat);

    [Fact]
    public void Configured_rates_and_costs_apply()
    {
        var settings = new OrderPricingSettings { DakarShipping = 1_000, RegionalShipping = 2_000, FreeShippingThreshold = 10_000, VatBasisPoints = 0 };

        OrderPricing.Compute(Goods(9_000), "Dakar", 0, settings).Should().Be(new OrderTotals(9_000, 0, 0, 1_000, 10_000));
        OrderPricing.Compute(Goods(10_000), "Matam", 0, settings).Shipping.Should().Be(0);
    }
}
