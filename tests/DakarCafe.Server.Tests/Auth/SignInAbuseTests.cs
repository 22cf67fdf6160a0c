using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DakarCafe.Auth;
using DakarCafe.Fixtures;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DakarCafe.Server.Tests.Auth;

/// <summary>What a guesser or an account farm can do from one address: not lock the owner out, not learn which emails exist, not create accounts without end.</summary>
public sealed class SignInAbuseTests(PostgresServer postgres) : ShopTest(postgres)
{
    private readonly CountingHasher _hasher = new();

    /// <summary>An account's attempts from one address come back one per hour here, so the test holds however slowly the machine runs it.</summary>
    protected override IReadOnlyDictionary<string, string?> ServerSettings { get; } = new Dictionary<string, string?>
    {
        ["Auth:SignInIntervalPerAccount"] = "01:00:00",
    };

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IPasswordHasher<Account>>(_hasher);

    [Fact]
    public async Task Guessing_a_password_from_one_address_does_not_lock_the_owner_out_from_another()
    {
        await Tokens.SignUpAndSignInAsync("owner@example.sn");
        var guesses = new List<string?>();
        for (var i = 0; i < 12; i++)
        {
            guesses.Add((await Tokens.PasswordGrantAsync("owner@example.sn", $"guess-{i}")).Error);
        }

        using var elsewhere = SourceAddress.Client(Server.BaseAddress, "127.0.0.2");
        var owner = await new TokenClient(elsewhere).PasswordGrantAsync("owner@example.sn", "Teranga-2026");

        guesses.Should().EndWith("rate_limited", "the guesser's address spent its attempts on the account");
        owner.Tokens.Should().NotBeNull("the owner signs in from another address");
    }

    [Fact]
    public async Task An_unknown_email_costs_a_password_hash_like_a_wrong_password()
    {
        await Tokens.SignUpAndSignInAsync("known@example.sn");
        var before = _hasher.Verifications;

        (await Tokens.PasswordGrantAsync("known@example.sn", "wrong-password")).Error.Should().Be("invalid_grant");
        var afterKnown = _hasher.Verifications;
        (await Tokens.PasswordGrantAsync("unknown@example.sn", "wrong-password")).Error.Should().Be("invalid_grant");

        (afterKnown - before).Should().Be(1);
        (_hasher.Verifications - afterKnown).Should().Be(1, "answering an unknown email before hashing would tell, by its speed, which emails have accounts");
    }

    [Fact]
    public async Task Sign_ups_from_one_address_are_rate_limited_and_other_addresses_are_not()
    {
        var node = await StartServerAsync(settings: new Dictionary<string, string?> { ["Auth:SignUpBurstPerAddress"] = "3" });
        var tokens = new TokenClient(node.CreateSocketClient());
        for (var i = 0; i < 3; i++)
        {
            (await tokens.SignUpAsync($"farm{i}@example.sn", "Teranga-2026")).Status.Should().Be(HttpStatusCode.Created);
        }

        using var http = node.CreateSocketClient();
        using var refused = await http.PostAsJsonAsync(new Uri("/auth/sign-up", UriKind.Relative),
            new { email = "farm3@example.sn", password = "Teranga-2026", name = "Farm" }, Within());
        using var elsewhere = SourceAddress.Client(node.BaseAddress, "127.0.0.3");

        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter!.Delta.Should().BePositive();
        (await refused.Content.ReadFromJsonAsync<JsonElement>(Within())).GetProperty("code").GetString().Should().Be("RATE_LIMITED");
        (await new TokenClient(elsewhere).SignUpAsync("farm3@example.sn", "Teranga-2026")).Status.Should().Be(HttpStatusCode.Created);
    }

    /// <summary>The real hasher, counting its verifications.</summary>
    private sealed class CountingHasher : IPasswordHasher<Account>
    {
        private readonly PasswordHasher<Account> _inner = new();
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(Account user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(Account user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
