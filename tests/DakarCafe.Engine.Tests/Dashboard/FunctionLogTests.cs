using System.Text.Json;
using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Fixtures;

namespace DakarCafe.Engine.Tests.Dashboard;

/// <summary>The function list and the live log of calls, kept by every node in one bounded table.</summary>
public sealed class FunctionLogTests(PostgresServer postgres) : DashboardTest(postgres)
{
    [Fact]
    public async Task The_function_list_gives_each_function_its_kind_its_access_rule_and_the_schema_of_its_arguments()
    {
        var functions = (await QueryAsync(await AdminAsync(), "functions", new { })).EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);

        var setPrice = functions["items:setPrice"];
        setPrice.GetProperty("kind").GetString().Should().Be("mutation");
        setPrice.GetProperty("access").GetString().Should().Be("public");
        setPrice.GetProperty("args").GetProperty("properties").EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(["id", "price"]);
        functions["admin:secret"].GetProperty("access").GetString().Should().Be("role: admin");
        functions["counters:get"].GetProperty("kind").GetString().Should().Be("query");
        functions["jobs:failUntilThird"].GetProperty("access").GetString().Should().Be("internal");
        functions["_dashboard:tables"].GetProperty("access").GetString().Should().Be("role: admin");
    }

    [Fact]
    public async Task The_live_log_shows_each_call_with_its_caller_and_outcome_newest_first_and_not_the_dashboards_own_calls()
    {
        var admin = await AdminAsync();
        var log = await admin.SubscribeAsync<JsonElement>("_dashboard:log", new { limit = 50 }, Within());
        await log.ResultAsync(Within());
        log.Value.GetArrayLength().Should().Be(0);
        var bob = await UserAsync();

        await bob.MutateAsync<long>("counters:increment", new CounterId("log"), Within());
        var failing = () => bob.QueryAsync<int>("failing:query", new Failure("SOLD_OUT", "no more"), Within());
        await failing.Should().ThrowAsync<Client.DakarCafeException>();
        await Deadlines.UntilAsync(() => Calls(log.Value).Count >= 2, "both calls in the live log");

        var calls = Calls(log.Value);
        calls.Select(c => c.GetProperty("function").GetString()).Should().Equal("failing:query", "counters:increment");
        var increment = calls[1];
        increment.GetProperty("kind").GetString().Should().Be("mutation");
        increment.GetProperty("callerId").GetString().Should().Be("bob");
        increment.GetProperty("outcome").GetString().Should().Be("ok");
        increment.GetProperty("correlationId").GetString().Should().NotBeNullOrEmpty();
        increment.GetProperty("durationMs").GetDouble().Should().BePositive();
        calls[0].GetProperty("outcome").GetString().Should().Be("SOLD_OUT");
        calls.Should().NotContain(c => c.GetProperty("function").GetString()!.StartsWith('_'));

        var errors = await QueryAsync(admin, "log", new { outcome = "error" });
        errors.EnumerateArray().Select(c => c.GetProperty("function").GetString()).Should().Equal("failing:query");
        var byFunction = await QueryAsync(admin, "log", new { function = "counters:increment", callerId = "bob" });
        byFunction.GetArrayLength().Should().Be(1);
    }

    private static List<JsonElement> Calls(JsonElement log) => [.. log.EnumerateArray()];
}
