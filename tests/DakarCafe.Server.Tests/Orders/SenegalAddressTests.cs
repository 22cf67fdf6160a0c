using DakarCafe.Server.Orders;

namespace DakarCafe.Server.Tests.Orders;

public sealed class SenegalAddressTests
{
    [Theory]
    [InlineData("+221 77 123 45 67", "+221771234567")]
    [InlineData("00221771234567", "+221771234567")]
    [InlineData("221-70-123-45-67", "+221701234567")]
    [InlineData("78.123.45.67", "+221781234567")]
    [InlineData("781234567", "+221781234567")]
    [InlineData("33 821 00 00", "+221338210000")]
    [InlineData("+221 79 123 45 67", null)]
    [InlineData("+221 77 123 45 6", null)]
    [InlineData("+33 6 12 34 56 78", null)]
    [InlineData("77 123 45 67 ext", null)]
    [InlineData("", null)]
    public void Senegalese_numbers_are_normalized_and_others_refused(string input, string? normalized) =>
        SenegalPhoneNumbers.Normalize(input).Should().Be(normalized);

    [Fact]
    public void Only_numbers_starting_with_7_are_mobiles()
    {
        SenegalPhoneNumbers.IsMobile("+221771234567").Should().BeTrue();
        SenegalPhoneNumbers.IsMobile("+221338210000").Should().BeFalse();
    }

    [Theory]
    [InlineData("dakar", "Dakar")]
    [InlineData("THIES", "Thiès")]
    [InlineData("saint louis", "Saint-Louis")]
    [InlineData(" Kédougou ", "Kédougou")]
    [InlineData("Abidjan", null)]
    public void Regions_are_recognised_with_or_without_accents(string input, string? region) => SenegalRegions.Find(input).Should().Be(region);
}
