using DakarCafe.Client;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Categories;

namespace DakarCafe.Server.Tests.Categories;

public sealed class CategoriesTests(PostgresServer postgres) : ShopTest(postgres)
{
    [Fact]
    public async Task The_tree_lists_children_by_parent_in_sort_order_and_finds_by_slug()
    {
        var admin = await ConnectAsync(await SignInAsAsync("admin"));
        var capsules = await admin.MutateAsync(Api.Categories.Create, new CategoryInput("Capsules", "capsules"), Within());
        await admin.MutateAsync(Api.Categories.Create, new CategoryInput("Lungo", "lungo", ParentId: capsules, SortOrder: 2), Within());
        var espresso = await admin.MutateAsync(Api.Categories.Create, new CategoryInput("Espresso", "espresso", ParentId: capsules, SortOrder: 1), Within());
        var shopper = await ConnectAsync();

        var children = await shopper.QueryAsync(Api.Categories.ListCategories, new ListCategoriesArgs(capsules), Within());
        var tree = await shopper.QueryAsync(Api.Categories.GetCategoryTree, new NoArgs(), Within());
        var bySlug = await shopper.QueryAsync(Api.Categories.GetCategoryBySlug, new CategorySlugArgs("espresso"), Within());

        children.Select(c => c.Slug).Should().Equal("espresso", "lungo");
        tree.Single().Children.Select(n => n.Category.Slug).Should().Equal("espresso", "lungo");
        bySlug.Id.Should().Be(espresso);
    }

    [Fact]
    public async Task A_deactivated_category_disappears_from_shoppers_live()
    {
        var admin = await ConnectAsync(await SignInAsAsync("admin"));
        var id = await admin.MutateAsync(Api.Categories.Create, new CategoryInput("Machines", "machines"), Within());
        var shopper = await ConnectAsync();
        var top = await shopper.SubscribeAsync(Api.Categories.ListCategories, new ListCategoriesArgs(), Within());
        await top.WaitForAsync(list => list.Count == 1, Within());

        await admin.MutateAsync(Api.Categories.Update, new UpdateCategoryArgs(id, new CategoryInput("Machines", "machines"), IsActive: false), Within());

        (await top.WaitForAsync(list => list.Count == 0, Within())).Should().BeEmpty();
    }

    [Fact]
    public async Task Bad_tree_edits_are_refused()
    {
        var admin = await ConnectAsync(await SignInAsAsync("admin"));
        var parent = await admin.MutateAsync(Api.Categories.Create, new CategoryInput("Accessoires", "accessories"), Within());
        var child = await admin.MutateAsync(Api.Categories.Create, new CategoryInput("Tasses", "tasses", ParentId: parent), Within());

        var orphan = () => admin.MutateAsync(Api.Categories.Create, new CategoryInput("Orphan", "orphan", ParentId: Guid.NewGuid()), Within());
        var cycle = () => admin.MutateAsync(Api.Categories.Update, new UpdateCategoryArgs(parent, new CategoryInput("Accessoires", "accessories", ParentId: child)), Within());
        var duplicate = () => admin.MutateAsync(Api.Categories.Create, new CategoryInput("Encore", "tasses"), Within());
        var badSlug = () => admin.MutateAsync(Api.Categories.Create, new CategoryInput("Bad", "Bad Slug"), Within());

        (await orphan.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be("NOT_FOUND");
        (await cycle.Should().ThrowAsync<DakarCafeException>()).Which.Error.Data.Should().Contain("parentId");
        (await duplicate.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be("SLUG_TAKEN");
        (await badSlug.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be(ErrorCodes.Validation);
    }
}
