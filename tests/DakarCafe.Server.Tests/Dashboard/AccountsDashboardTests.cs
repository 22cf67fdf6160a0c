using System.Text.Json;
using DakarCafe.Auth;
using DakarCafe.Client;
using DakarCafe.Engine.Functions;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace DakarCafe.Server.Tests.Dashboard;

/// <summary>The dashboard's users, with the shop's real token server: live listing, roles given, accounts deactivated, every call an admin's.</summary>
public sealed class AccountsDashboardTests(PostgresServer postgres) : ShopTest(postgres)
{
    /// <summary>Live connections' tokens are checked every second here (30 s by default).</summary>
    protected override IReadOnlyDictionary<string, string?> ServerSettings { get; } = new Dictionary<string, string?>
    {
        ["Engine:Limits:IdentityRecheckInterval"] = "00:00:01",
    };

    [Fact]
    public async Task A_shoppers_token_is_refused_by_every_dashboard_function()
    {
        var shopper = await ConnectAsync(await SignInAsAsync("user"));
        var moderator = await ConnectAsync(await SignInAsAsync("moderator"));
        var catalog = await (await StaffAsync()).QueryAsync<JsonElement>("_dashboard:functions", new { }, Within());
        var dashboard = catalog.EnumerateArray().Where(f => f.GetProperty("name").GetString()!.StartsWith("_dashboard:", StringComparison.Ordinal)).ToList();
        dashboard.Select(f => f.GetProperty("name").GetString())
            .Should().Contain(["_dashboard:users", "_dashboard:setRole", "_dashboard:deactivate", "_dashboard:files", "_dashboard:metrics"]);

        foreach (var function in dashboard)
        {
            var name = function.GetProperty("name").GetString()!;
            var kind = Enum.Parse<FunctionKind>(function.GetProperty("kind").GetString()!, ignoreCase: true);
            var expected = function.GetProperty("access").GetString() == AccessRule.Internal.Description ? ErrorCodes.UnknownFunction : ErrorCodes.Forbidden;
            (await shopper.RefusalAsync(name, kind)).Should().Be(expected, name);
            (await moderator.RefusalAsync(name, kind)).Should().Be(expected, name);
        }
    }

    [Fact]
    public async Task Granting_a_role_shows_live_ends_the_old_sessions_and_is_audited_without_the_password()
    {
        var admin = await StaffAsync();
        var email = await CreateAccountAsync("user", "khady.role@example.sn");
        var tokens = (await Tokens.PasswordGrantAsync(email, TestPassword)).Tokens!;
        var users = await admin.SubscribeAsync<JsonElement>("_dashboard:users", new { search = "KHADY" }, Within());
        await users.ResultAsync(Within());
        var khady = users.Value.GetProperty("users").EnumerateArray().Single();
        khady.GetProperty("email").GetString().Should().Be(email);
        khady.GetProperty("role").GetString().Should().Be("user");
        khady.GetProperty("lastSignIn").ValueKind.Should().Be(JsonValueKind.String, "she signed in above");
        var userId = khady.GetProperty("id").GetGuid();

        var granted = await admin.ActionAsync<JsonElement>("_dashboard:setRole", new { userId, role = "moderator" }, Within());

        granted.GetProperty("role").GetString().Should().Be("moderator");
        await Deadlines.UntilAsync(() => users.Value.GetProperty("users")[0].GetProperty("role").GetString() == "moderator", "the live list shows the new role");
        (await Tokens.PasswordGrantAsync(email, TestPassword)).Tokens.Should().NotBeNull();
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => ConnectAsync(tokens.AccessToken));
        refused.StatusCode.Should().Be(System.Net.HttpStatusCode.Unauthorized, "tokens issued with the old role end");
        var roles = await admin.ActionAsync<string[]>("_dashboard:roles", new { }, Within());
        roles.Should().Contain(["user", "moderator", "admin"]);

        var audit = (await admin.QueryAsync<JsonElement>("_dashboard:auditLog", new { }, Within())).GetProperty("entries")[0];
        audit.GetProperty("action").GetString().Should().Be("setRole");
        audit.GetProperty("target").GetString().Should().Be(userId.ToString());
        audit.GetProperty("before").GetProperty("role").GetString().Should().Be("user");
        audit.GetProperty("after").GetProperty("role").GetString().Should().Be("moderator");
        audit.GetRawText().Should().NotContainAny("passwordHash", "PasswordHash", "AQAAAA");
        var unknown = () => admin.ActionAsync<JsonElement>("_dashboard:setRole", new { userId, role = "owner" }, Within());
        (await unknown.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be(ErrorCodes.Validation);
    }

    [Fact]
    public async Task A_deactivated_account_is_signed_out_everywhere_at_once_and_can_be_reactivated()
    {
        var admin = await StaffAsync();
        var email = await CreateAccountAsync("user", "ibou.off@example.sn");
        var tokens = (await Tokens.PasswordGrantAsync(email, TestPassword)).Tokens!;
        var shopper = await ConnectAsync(tokens.AccessToken);
        var me = await shopper.SubscribeAsync(Api.Users.GetCurrentUser, new NoArgs(), Within());
        await me.WaitForAsync(u => u is not null, Within());
        var userId = me.Value!.Id;

        var off = await admin.ActionAsync<JsonElement>("_dashboard:deactivate", new { userId }, Within());

        off.GetProperty("isActive").GetBoolean().Should().BeFalse();
        await Deadlines.UntilAsync(() => me.Error?.Code == ErrorCodes.AuthRequired, "the live connection lost the deactivated account");
        (await Tokens.PasswordGrantAsync(email, TestPassword)).Tokens.Should().BeNull("a deactivated account cannot sign in");
        (await Tokens.RefreshAsync(tokens.RefreshToken!)).Tokens.Should().BeNull("nor refresh its tokens");
        var listed = await admin.QueryAsync<JsonElement>("_dashboard:users", new { search = "ibou" }, Within());
        listed.GetProperty("users")[0].GetProperty("isActive").GetBoolean().Should().BeFalse();

        await admin.ActionAsync<JsonElement>("_dashboard:reactivate", new { userId }, Within());
        (await Tokens.PasswordGrantAsync(email, TestPassword)).Tokens.Should().NotBeNull();
        var actions = (await admin.QueryAsync<JsonElement>("_dashboard:auditLog", new { }, Within())).GetProperty("entries").EnumerateArray()
            .Select(e => e.GetProperty("action").GetString());
        actions.Should().StartWith(["reactivate", "deactivate"]);
    }

    [Fact]
    public async Task An_admin_cannot_demote_or_deactivate_themselves_and_accounts_made_before_the_listing_are_listed()
    {
        var admin = await StaffAsync();
        var self = (await admin.QueryAsync(Api.Users.GetCurrentUser, new NoArgs(), Within()))!.Id;
        var demoting = () => admin.ActionAsync<JsonElement>("_dashboard:setRole", new { userId = self, role = "user" }, Within());
        (await demoting.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be(ErrorCodes.Conflict);
        var leaving = () => admin.ActionAsync<JsonElement>("_dashboard:deactivate", new { userId = self }, Within());
        (await leaving.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be(ErrorCodes.Conflict);

        var email = await CreateAccountAsync("user", "old.account@example.sn");
        var listing = (await admin.QueryAsync<JsonElement>("_dashboard:users", new { search = "old.account" }, Within())).GetProperty("users")[0];
        (await admin.MutateAsync<bool>("_dashboard:deleteDocument", new { table = "AccountListing", id = listing.GetProperty("id").GetString() }, Within()))
            .Should().BeTrue();
        (await admin.QueryAsync<JsonElement>("_dashboard:users", new { search = "old.account" }, Within())).GetProperty("total").GetInt32().Should().Be(0);

        await Server.Services.GetRequiredService<AccountStore>().ListUnlistedAsync(Within());

        var relisted = (await admin.QueryAsync<JsonElement>("_dashboard:users", new { search = "old.account" }, Within())).GetProperty("users");
        relisted.EnumerateArray().Select(u => u.GetProperty("email").GetString()).Should().Equal(email);
    }
}
