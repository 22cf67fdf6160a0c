using DakarCafe.Client;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Reviews;
using DakarCafe.Server.Tests.Orders;

namespace DakarCafe.Server.Tests.Reviews;

public sealed class ReviewRulesTests(PostgresServer postgres) : ReviewTest(postgres)
{
    private static readonly Dictionary<string, (CreateReviewArgs Args, string Field)> BadReviews = new()
    {
        ["no stars"] = (new(Guid.Empty, 0), "rating"),
        ["six stars"] = (new(Guid.Empty, 6), "rating"),
        ["a title too long"] = (new(Guid.Empty, 4, new string('x', 121)), "title"),
        ["a comment too long"] = (new(Guid.Empty, 4, Comment: new string('x', 2001)), "comment"),
        ["six images"] = (new(Guid.Empty, 4, Images: ["a", "b", "c", "d", "e", "f"]), "images"),
        ["a blank image id"] = (new(Guid.Empty, 4, Images: [" "]), "images"),
    };

    public static TheoryData<string> BadReviewNames() => [.. BadReviews.Keys];

    [Theory]
    [MemberData(nameof(BadReviewNames))]
    public async Task A_bad_review_is_refused_with_the_field_at_fault_and_nothing_is_written(string what)
    {
        var (args, field) = BadReviews[what];
        await OpenShopAsync();
        var customer = await CustomerAsync();

        var writing = () => customer.MutateAsync(Api.Reviews.CreateReview, args with { ProductId = Product }, Within());

        var error = (await writing.Should().ThrowAsync<DakarCafeException>()).Which.Error;
        error.Code.Should().Be(ErrorCodes.Validation);
        error.Data.Should().Contain($"\"field\":\"{field}\"");
        (await customer.QueryAsync(Api.Reviews.GetMyReviews, new NoArgs(), Within())).Should().BeEmpty();
        (await ReviewAsync(customer, 5)).Rating.Should().Be(5, "the connection stays usable after a refusal");
    }

    [Fact]
    public async Task A_customer_reviews_a_product_once_and_then_edits_that_review()
    {
        await OpenShopAsync();
        var customer = await CustomerAsync();
        var first = await ReviewAsync(customer, 2, "  Trop amer  ");

        var again = () => ReviewAsync(customer, 5);
        var edited = await customer.MutateAsync(Api.Reviews.UpdateReview, new UpdateReviewArgs(first.Id, 4, "Meilleur en lungo"), Within());

        first.Should().BeEquivalentTo(new { Rating = 2, Title = "Trop amer", Comment = "Bon café", IsVisible = true, IsVerified = false, HelpfulCount = 0 });
        (await again.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be("ALREADY_REVIEWED");
        edited.Should().BeEquivalentTo(new { first.Id, Rating = 4, Title = "Meilleur en lungo", Comment = (string?)null });
        (await customer.QueryAsync(Api.Reviews.GetMyReviews, new NoArgs(), Within())).Should().ContainSingle()
            .Which.Should().BeEquivalentTo(edited);
        (await ProductAsync()).Should().BeEquivalentTo(new { Rating = 4m, ReviewCount = 1 });
    }

    [Fact]
    public async Task Only_the_author_edits_a_review_and_nobody_reviews_a_missing_product()
    {
        await OpenShopAsync();
        var review = await ReviewAsync(await CustomerAsync(), 5);
        var stranger = await CustomerAsync();

        var editing = () => stranger.MutateAsync(Api.Reviews.UpdateReview, new UpdateReviewArgs(review.Id, 1, "Nul"), Within());
        var missing = () => ReviewAsync(stranger, 3, product: Guid.NewGuid());
        var nobody = await ConnectAsync();
        var anonymous = () => ReviewAsync(nobody, 3);

        (await editing.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be("NOT_FOUND");
        (await missing.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be("NOT_FOUND");
        (await anonymous.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be(ErrorCodes.AuthRequired);
        (await ProductAsync()).Should().BeEquivalentTo(new { Rating = 5m, ReviewCount = 1 }, "the refused edit changed nothing");
    }

    [Fact]
    public async Task A_review_is_verified_only_when_the_author_received_the_product()
    {
        await OpenShopAsync();
        var (buyer, waiting, browser) = (await CustomerAsync(), await CustomerAsync(), await CustomerAsync());
        var delivered = await DeliveredOrderAsync(buyer);
        await waiting.MutateAsync(Api.Orders.CreateOrder, TestOrders.Of((Product, 1)), Within());

        var verified = await ReviewAsync(buyer, 5);
        var notYet = await ReviewAsync(waiting, 4);
        var unverified = await ReviewAsync(browser, 1);

        verified.Should().BeEquivalentTo(new { IsVerified = true, OrderId = delivered.Id });
        notYet.Should().BeEquivalentTo(new { IsVerified = false, OrderId = (Guid?)null }, "an order not yet delivered does not count");
        unverified.IsVerified.Should().BeFalse();
        var verifiedOnly = await browser.QueryAsync(Api.Reviews.GetProductReviews,
            new GetProductReviewsArgs(Product, VerifiedOnly: true), Within());
        verifiedOnly.Items.Should().ContainSingle().Which.Id.Should().Be(verified.Id);
    }
}
