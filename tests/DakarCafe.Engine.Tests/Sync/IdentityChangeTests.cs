using DakarCafe.Engine.Functions;
using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DakarCafe.Engine.Tests.Sync;

/// <summary>
/// The engine's side of auth, with tokens of its own making ("user|role|expires unix seconds"): the real token server
/// is tested with the shop. What is tested here is what the engine does when a live connection's identity changes.
/// </summary>
public sealed class IdentityChangeTests(PostgresServer postgres) : EngineTest(postgres)
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private readonly PlainTokenAuthenticator _authenticator = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<TimeProvider>(_clock);
        services.AddSingleton<ICallerAuthenticator>(_authenticator);
    }

    [Fact]
    public async Task Signing_in_on_a_live_connection_reruns_what_depends_on_it_and_pushes_nothing_else()
    {
        var client = await ConnectAsync();
        var who = await client.SubscribeAsync<string>("identity:whoAmI", new NoArgs(), Within());
        var secret = await client.SubscribeAsync<int>("admin:secret", new NoArgs(), Within());
        var counter = await client.SubscribeAsync<Counter?>("counters:get", new CounterId("public"), Within());
        await Task.WhenAll(who.ResultAsync(Within()), secret.ResultAsync(Within()), counter.ResultAsync(Within()));
        who.Value.Should().Be("anonymous");
        secret.Error!.Code.Should().Be(ErrorCodes.AuthRequired);
        var counterUpdates = 0;
        counter.Changed += _ => Interlocked.Increment(ref counterUpdates);

        var changed = Task.WhenAll(who.NextAsync(Within()), secret.NextAsync(Within()));
        (await client.AuthenticateAsync(Token("alice", "admin", minutes: 60), Within())).Should().Be("alice");
        await changed;

        who.Value.Should().Be("alice|admin");
        secret.Value.Should().Be(42);
        secret.Error.Should().BeNull();
        counterUpdates.Should().Be(0, "the public counter's result did not change with the identity");
    }

    [Fact]
    public async Task A_refreshed_token_for_the_same_user_reruns_and_pushes_nothing()
    {
        var client = await ConnectAsync();
        await client.AuthenticateAsync(Token("bob", "user", minutes: 5), Within());
        var who = await client.SubscribeAsync<string>("identity:whoAmI", new NoArgs(), Within());
        await who.ResultAsync(Within());
        var updates = 0;
        who.Changed += _ => Interlocked.Increment(ref updates);
        var executions = Host.Metrics.QueryExecutions;

        await client.AuthenticateAsync(Token("bob", "user", minutes: 60), Within());
        await client.MutateAsync<long>("counters:increment", new CounterId("sync-point"), Within());

        (Host.Metrics.QueryExecutions - executions).Should().Be(0);
        updates.Should().Be(0);
    }

    [Fact]
    public async Task When_a_token_expires_unrefreshed_queries_that_need_sign_in_fail_and_public_ones_go_on()
    {
        var client = await ConnectAsync();
        await client.AuthenticateAsync(Token("carol", "admin", minutes: 1), Within());
        var secret = await client.SubscribeAsync<int>("admin:secret", new NoArgs(), Within());
        var counter = await client.SubscribeAsync<Counter?>("counters:get", new CounterId("public"), Within());
        await Task.WhenAll(secret.ResultAsync(Within()), counter.ResultAsync(Within()));
        secret.Value.Should().Be(42);

        var denied = secret.NextAsync(Within());
        _clock.Advance(TimeSpan.FromMinutes(2));
        await denied;

        secret.Error!.Code.Should().Be(ErrorCodes.AuthRequired);
        await client.MutateAsync<long>("counters:increment", new CounterId("public"), Within());
        counter.Value!.Value.Should().Be(1);
    }

    [Fact]
    public async Task When_a_live_connection_s_token_is_revoked_it_is_signed_out_within_the_recheck_interval()
    {
        var client = await ConnectAsync();
        var token = Token("dave", "admin", minutes: 60);
        await client.AuthenticateAsync(token, Within());
        var secret = await client.SubscribeAsync<int>("admin:secret", new NoArgs(), Within());
        await secret.ResultAsync(Within());
        secret.Value.Should().Be(42);

        _authenticator.Revoke(token);
        var denied = secret.NextAsync(Within());
        _clock.Advance(TimeSpan.FromSeconds(31));
        await denied;

        secret.Error!.Code.Should().Be(ErrorCodes.AuthRequired, "the revoked token no longer stands for dave, though it has not expired");
        (await client.QueryAsync<string>("identity:whoAmI", new NoArgs(), Within())).Should().Be("anonymous");
    }

    [Fact]
    public async Task An_invalid_token_is_refused_and_the_connection_keeps_its_identity()
    {
        var client = await ConnectAsync();

        var refusing = () => client.AuthenticateAsync("garbage", Within());

        (await refusing.Should().ThrowAsync<Client.DakarCafeException>()).Which.Code.Should().Be(ErrorCodes.AuthRequired);
        (await client.QueryAsync<string>("identity:whoAmI", new NoArgs(), Within())).Should().Be("anonymous");
    }

    private string Token(string user, string role, int minutes) => PlainTokenAuthenticator.Token(user, role, _clock.GetUtcNow().AddMinutes(minutes));
}
