using DakarCafe.Client;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Users;

namespace DakarCafe.Server.Tests.Users;

public sealed class ProfileTests(PostgresServer postgres) : ShopTest(postgres)
{
    [Fact]
    public async Task Addresses_keep_exactly_one_default()
    {
        var me = await ConnectAsync(await SignInAsAsync("user"));

        var first = await me.MutateAsync(Api.Users.AddAddress, new AddressInput(AddressType.Home, "12 rue Carnot", "Dakar", "Dakar"), Within());
        var second = await me.MutateAsync(Api.Users.AddAddress, new AddressInput(AddressType.Work, "Route de Ngor", "Dakar", "Dakar", IsDefault: true), Within());
        var afterRemove = await me.MutateAsync(Api.Users.RemoveAddress, new AddressIdArgs(second.Addresses[1].Id), Within());

        first.Addresses.Single().IsDefault.Should().BeTrue("the first address is the default");
        second.Addresses.Select(a => a.IsDefault).Should().Equal(false, true);
        afterRemove.Addresses.Single().IsDefault.Should().BeTrue("removing the default makes another the default");
    }

    [Fact]
    public async Task An_address_is_edited_in_place_and_can_take_the_default()
    {
        var me = await ConnectAsync(await SignInAsAsync("user"));
        await me.MutateAsync(Api.Users.AddAddress, new AddressInput(AddressType.Home, "12 rue Carnot", "Dakar", "Dakar"), Within());
        var work = (await me.MutateAsync(Api.Users.AddAddress, new AddressInput(AddressType.Work, "Route de Ngor", "Dakar", "Dakar"), Within())).Addresses[1].Id;

        var edited = await me.MutateAsync(Api.Users.UpdateAddress,
            new UpdateAddressArgs(work, new AddressInput(AddressType.Work, "Avenue Cheikh Anta Diop", "Dakar", "Dakar", IsDefault: true)), Within());

        edited.Addresses.Should().HaveCount(2);
        edited.Addresses.Single(a => a.Id == work).Should().Match<Address>(a => a.Street == "Avenue Cheikh Anta Diop" && a.IsDefault);
        edited.Addresses.Count(a => a.IsDefault).Should().Be(1);
    }

    [Fact]
    public async Task Profile_and_preferences_changes_reach_every_device_of_the_user()
    {
        var token = await SignInAsAsync("user");
        var phone = await ConnectAsync(token);
        var laptop = await ConnectAsync(token);
        var me = await laptop.SubscribeAsync(Api.Users.GetCurrentUser, new NoArgs(), Within());
        await me.WaitForAsync(u => u is not null, Within());

        await phone.MutateAsync(Api.Users.UpdateProfile, new UpdateProfileArgs(Name: "Awa Ndiaye", Phone: "+221 77 123 45 67"), Within());
        await phone.MutateAsync(Api.Users.UpdatePreferences, new UpdatePreferencesArgs(UserPreferences.Default with { Language = Language.En }), Within());

        var user = await me.WaitForAsync(u => u!.Preferences.Language == Language.En, Within());
        (user!.Name, user.Phone).Should().Be(("Awa Ndiaye", "+221 77 123 45 67"));
    }

    [Fact]
    public async Task Another_users_profile_is_refused_to_a_user_and_served_to_an_admin()
    {
        var awa = await ConnectAsync(await SignInAsAsync("user"));
        var awaId = (await awa.QueryAsync(Api.Users.GetCurrentUser, new NoArgs(), Within()))!.Id;
        var moussa = await ConnectAsync(await SignInAsAsync("user"));
        var admin = await ConnectAsync(await SignInAsAsync("admin"));

        var peeking = () => moussa.QueryAsync(Api.Users.GetUserProfile, new GetUserProfileArgs(awaId), Within());

        var error = (await peeking.Should().ThrowAsync<DakarCafeException>()).Which.Error;
        error.Code.Should().Be(ErrorCodes.Forbidden);
        error.Message.Should().NotContain("@");
        (await admin.QueryAsync(Api.Users.GetUserProfile, new GetUserProfileArgs(awaId), Within())).Id.Should().Be(awaId);
        (await awa.QueryAsync(Api.Users.GetUserProfile, new GetUserProfileArgs(awaId), Within())).Id.Should().Be(awaId);
    }

    [Fact]
    public async Task Bad_profile_input_is_refused_naming_the_field()
    {
        var me = await ConnectAsync(await SignInAsAsync("user"));

        var badPhone = () => me.MutateAsync(Api.Users.UpdateProfile, new UpdateProfileArgs(Phone: "call me"), Within());
        var noStreet = () => me.MutateAsync(Api.Users.AddAddress, new AddressInput(AddressType.Home, " ", "Dakar", "Dakar"), Within());
        var unknown = () => me.MutateAsync(Api.Users.RemoveAddress, new AddressIdArgs("nope"), Within());
        var euros = () => me.MutateAsync(Api.Users.UpdatePreferences, new UpdatePreferencesArgs(UserPreferences.Default with { Currency = "EUR" }), Within());

        (await badPhone.Should().ThrowAsync<DakarCafeException>()).Which.Error.Data.Should().Contain("phone");
        (await noStreet.Should().ThrowAsync<DakarCafeException>()).Which.Error.Data.Should().Contain("address.street");
        (await unknown.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be("NOT_FOUND");
        (await euros.Should().ThrowAsync<DakarCafeException>()).Which.Error.Data.Should().Contain("currency");
    }
}
