using DakarCafe.Client;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Products;
using DakarCafe.Schema.Reviews;
using DakarCafe.Schema.Users;

namespace DakarCafe.Server.Tests.Reviews;

public sealed class ModerationAndRatingTests(PostgresServer postgres) : ReviewTest(postgres)
{
    [Fact]
    public async Task The_rating_follows_reviews_edits_and_moderation_and_its_watchers_see_each_change_live()
    {
        await OpenShopAsync();
        var shopper = await ConnectAsync();
        var live = await shopper.SubscribeAsync(Api.Products.SubscribeToProductChanges, new ProductIdArgs(Product), Within());
        await live.WaitForAsync(p => p.Rating == 0m && p.ReviewCount == 0, Within());
        var moderator = await ConnectAsync(await SignInAsAsync("moderator"));
        var (awa, moussa, fatou) = (await CustomerAsync(), await CustomerAsync(), await CustomerAsync());

        await ReviewAsync(awa, 5);
        await live.WaitForAsync(p => p.ReviewCount == 1 && p.Rating == 5m, Within());
        var moussas = await ReviewAsync(moussa, 4);
        await live.WaitForAsync(p => p.ReviewCount == 2 && p.Rating == 4.5m, Within());
        await ReviewAsync(fatou, 2);
        await live.WaitForAsync(p => p.ReviewCount == 3 && p.Rating == 3.7m, Within());
        await moussa.MutateAsync(Api.Reviews.UpdateReview, new UpdateReviewArgs(moussas.Id, 1), Within());
        await live.WaitForAsync(p => p.ReviewCount == 3 && p.Rating == 2.7m, Within());
        await moderator.MutateAsync(Api.Reviews.ModerateReview, new ModerateReviewArgs(moussas.Id, false, "Hors sujet"), Within());
        await live.WaitForAsync(p => p.ReviewCount == 2 && p.Rating == 3.5m, Within());

        var summary = await shopper.QueryAsync(Api.Reviews.GetRatingSummary, new ProductIdArgs(Product), Within());
        summary.Should().BeEquivalentTo(new { Average = 3.5m, Count = 2 });
        summary.Stars.Should().Equal(0, 1, 0, 0, 1);
        var published = await shopper.QueryAsync(Api.Reviews.GetProductReviews, new GetProductReviewsArgs(Product), Within());
        published.Total.Should().Be(2);
        published.Items.Select(r => r.Id).Should().NotContain(moussas.Id, "a hidden review is not published");
        (await moussa.QueryAsync(Api.Reviews.GetMyReviews, new NoArgs(), Within())).Single().IsVisible.Should().BeFalse(
            "its author still sees it, hidden");
        await moderator.MutateAsync(Api.Reviews.ModerateReview, new ModerateReviewArgs(moussas.Id, true), Within());
        await live.WaitForAsync(p => p.ReviewCount == 3 && p.Rating == 2.7m, Within());
    }

    [Fact]
    public async Task Only_moderators_and_admins_moderate_and_hiding_needs_a_reason()
    {
        await OpenShopAsync();
        var customer = await CustomerAsync();
        var review = await ReviewAsync(customer, 1, "Arnaque");
        var moderator = await ConnectAsync(await SignInAsAsync("moderator"));

        var byCustomer = () => customer.MutateAsync(Api.Reviews.ModerateReview, new ModerateReviewArgs(review.Id, false, "moi"), Within());
        var listing = () => customer.QueryAsync(Api.Reviews.ListReviews, new ListReviewsArgs(), Within());
        var withoutReason = () => moderator.MutateAsync(Api.Reviews.ModerateReview, new ModerateReviewArgs(review.Id, false, "  "), Within());

        (await byCustomer.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be(ErrorCodes.Forbidden);
        (await listing.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be(ErrorCodes.Forbidden);
        (await withoutReason.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be(ErrorCodes.Validation);
        (await ProductAsync()).ReviewCount.Should().Be(1, "no refused moderation hid it");
        var hidden = await Staff.MutateAsync(Api.Reviews.ModerateReview, new ModerateReviewArgs(review.Id, false, "Propos injurieux"), Within());
        hidden.IsVisible.Should().BeFalse();
        var hiddenList = await moderator.QueryAsync(Api.Reviews.ListReviews, new ListReviewsArgs(IsVisible: false, ProductId: Product), Within());
        hiddenList.Items.Should().ContainSingle().Which.Id.Should().Be(review.Id);
        (await ProductAsync()).Should().BeEquivalentTo(new { Rating = 0m, ReviewCount = 0 });
    }

    [Fact]
    public async Task A_review_is_found_helpful_once_per_customer_never_by_its_author_and_sorts_by_it()
    {
        await OpenShopAsync();
        var (author, other) = (await CustomerAsync(), await CustomerAsync());
        await author.MutateAsync(Api.Users.UpdateProfile, new UpdateProfileArgs("Awa Diop Ndiaye"), Within());
        var useful = await ReviewAsync(author, 4, "Très aromatique");
        var later = await ReviewAsync(other, 5);
        var voters = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => CustomerAsync()));

        var votes = await Task.WhenAll(voters.Select(v => v.MutateAsync(Api.Reviews.MarkHelpful, new ReviewIdArgs(useful.Id), Within())));
        var twice = () => voters[0].MutateAsync(Api.Reviews.MarkHelpful, new ReviewIdArgs(useful.Id), Within());
        var own = () => author.MutateAsync(Api.Reviews.MarkHelpful, new ReviewIdArgs(useful.Id), Within());

        votes.Select(v => v.HelpfulCount).Should().BeEquivalentTo([1, 2, 3], "racing votes are each counted once");
        (await twice.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be("ALREADY_VOTED");
        (await own.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be("OWN_REVIEW");
        var newest = await other.QueryAsync(Api.Reviews.GetProductReviews, new GetProductReviewsArgs(Product), Within());
        var helpful = await other.QueryAsync(Api.Reviews.GetProductReviews,
            new GetProductReviewsArgs(Product, ReviewSort.MostHelpful), Within());
        newest.Items.Select(r => r.Id).Should().Equal(later.Id, useful.Id);
        helpful.Items.Select(r => r.Id).Should().Equal(useful.Id, later.Id);
        helpful.Items[0].Should().BeEquivalentTo(new { AuthorName = "Awa N.", HelpfulCount = 3 }, "the author shows as first name and initial");
    }

    [Fact]
    public async Task Twenty_customers_reviewing_at_once_are_all_counted_in_the_rating()
    {
        await OpenShopAsync();
        var customers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => CustomerAsync()));

        var reviews = await Task.WhenAll(customers.Select((c, i) => ReviewAsync(c, i % 5 + 1)));

        reviews.Select(r => r.Id).Should().OnlyHaveUniqueItems();
        (await ProductAsync()).Should().BeEquivalentTo(new { Rating = 3m, ReviewCount = 20 });
        var summary = await customers[0].QueryAsync(Api.Reviews.GetRatingSummary, new ProductIdArgs(Product), Within());
        summary.Stars.Should().Equal(4, 4, 4, 4, 4);
    }
}
