using DakarCafe.Client;
using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;

namespace DakarCafe.Engine.Tests.Functions;

public sealed class ErrorTests(PostgresServer postgres) : EngineTest(postgres)
{
    [Fact]
    public async Task An_AppError_reaches_the_client_with_its_code_message_and_data()
    {
        var client = await ConnectAsync();

        var failing = () => client.QueryAsync<int>("failing:query", new Failure("OUT_OF_STOCK", "Plus de Ristretto"), Within());

        var error = (await failing.Should().ThrowAsync<DakarCafeException>()).Which.Error;
        error.Code.Should().Be("OUT_OF_STOCK");
        error.Message.Should().Be("Plus de Ristretto");
        error.Data.Should().Be("""{"hint":"data"}""");
    }

    [Fact]
    public async Task Any_other_exception_is_INTERNAL_ERROR_with_a_correlation_id_and_no_detail_and_is_logged_with_its_stack()
    {
        var client = await ConnectAsync();

        var crashing = () => client.QueryAsync<int>("failing:crash", new NoArgs(), Within());

        var error = (await crashing.Should().ThrowAsync<DakarCafeException>()).Which.Error;
        error.Code.Should().Be(ErrorCodes.Internal);
        error.Message.Should().NotContain("secret").And.NotContain(" at ");
        error.CorrelationId.Should().NotBeNullOrEmpty();
        ErrorLogs.Errors.Should().ContainSingle(e => e.Message.Contains(error.CorrelationId!) && e.Exception!.Message == "secret stack detail");
    }

    [Fact]
    public async Task A_failing_subscription_gets_its_own_error_while_the_others_keep_working()
    {
        var client = await ConnectAsync();
        var failing = await client.SubscribeAsync<int>("failing:query", new Failure("BROKEN", "this query fails"), Within());
        var counter = await client.SubscribeAsync<Counter?>("counters:get", new CounterId("alive"), Within());
        await Task.WhenAll(failing.ResultAsync(Within()), counter.ResultAsync(Within()));

        failing.Error!.Code.Should().Be("BROKEN");

        await client.MutateAsync<long>("counters:increment", new CounterId("alive"), Within());
        counter.Value!.Value.Should().Be(1);
        counter.Error.Should().BeNull();
    }

    [Fact]
    public async Task A_query_failing_inside_the_database_fails_alone_and_the_others_of_its_cycle_still_update()
    {
        var client = await ConnectAsync();
        var broken = await client.SubscribeAsync<int>("failing:inTheDatabase", new NoArgs(), Within());
        var counter = await client.SubscribeAsync<Counter?>("counters:get", new CounterId("items"), Within());
        await Task.WhenAll(broken.ResultAsync(Within()), counter.ResultAsync(Within()));

        await client.MutateAsync<long>("items:createAndCount", new NewItem(Guid.NewGuid(), "capsules", "Livanto", 3_800), Within());

        counter.Value!.Value.Should().Be(1);
        broken.Error!.Code.Should().Be(ErrorCodes.Internal);
        ErrorLogs.Errors.Should().Contain(e => e.Exception is Npgsql.NpgsqlException || e.Exception!.InnerException is Npgsql.NpgsqlException);
        await client.MutateAsync<long>("items:createAndCount", new NewItem(Guid.NewGuid(), "capsules", "Roma", 3_800), Within());
        counter.Value!.Value.Should().Be(2, "the engine keeps serving after the failure");
    }

    [Fact]
    public async Task Many_queries_rerun_in_parallel_in_one_snapshot_and_one_failing_in_the_database_fails_alone()
    {
        var client = await ConnectAsync();
        var broken = await client.SubscribeAsync<int>("failing:inTheDatabase", new NoArgs(), Within());
        var counter = await client.SubscribeAsync<Counter?>("counters:get", new CounterId("items"), Within());
        var count = await client.SubscribeAsync<int>("items:countInCategory", new CategoryArgs("capsules"), Within());
        var total = await client.SubscribeAsync<long>("items:totalPrice", new NoArgs(), Within());
        var names = await client.SubscribeAsync<List<string>>("items:namesInCategory", new CategoryArgs("capsules"), Within());
        await Task.WhenAll(broken.ResultAsync(Within()), counter.ResultAsync(Within()), count.ResultAsync(Within()), total.ResultAsync(Within()), names.ResultAsync(Within()));
        var seen = new List<(int Count, long? Counter, long Total, int Names)>();
        client.TransitionApplied += _ => seen.Add((count.Value, counter.Value?.Value, total.Value, names.Value?.Count ?? 0));

        await client.MutateAsync<long>("items:createAndCount", new NewItem(Guid.NewGuid(), "capsules", "Envivo", 3_900), Within());

        (count.Value, counter.Value!.Value, total.Value, names.Value!.Count).Should().Be((1, 1L, 3_900L, 1));
        broken.Error!.Code.Should().Be(ErrorCodes.Internal);
        seen.Should().OnlyContain(s => s.Count == s.Counter.GetValueOrDefault() && s.Names == s.Count, "all five moved together to one version");
    }

    [Fact]
    public async Task An_admin_function_refuses_an_anonymous_subscriber_with_an_error_and_no_data()
    {
        var client = await ConnectAsync();

        var secret = await client.SubscribeAsync<int>("admin:secret", new NoArgs(), Within());
        await secret.ResultAsync(Within());

        secret.Error!.Code.Should().Be(ErrorCodes.AuthRequired);
        secret.Value.Should().Be(0);
    }
}
