using DakarCafe.Client;
using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using Microsoft.AspNetCore.SignalR.Client;

namespace DakarCafe.Engine.Tests.Functions;

public sealed class ArgumentValidationTests(PostgresServer postgres) : EngineTest(postgres)
{
    [Theory]
    [InlineData("""{"id":"not-a-guid"}""", "id")]
    [InlineData("""{"id":"4b1f7a40-5d1c-4c1e-9a55-2f1c1b0d9e11","extra":1}""", "extra")]
    [InlineData("""{}""", "id")]
    [InlineData("""{"id":null}""", "id")]
    public async Task Arguments_of_the_wrong_shape_answer_VALIDATION_ERROR_naming_the_field(string args, string field)
    {
        await using var raw = await RawSyncConnection.ConnectAsync(Host.BaseAddress, "validation");

        var result = await raw.Hub.InvokeAsync<FunctionResult>(SyncHubMethods.Query, new FunctionCall(1, "items:get", args), Within());

        result.Error!.Code.Should().Be(ErrorCodes.Validation);
        result.Error.Message.Should().Contain($"'{field}'");
        result.Error.Data.Should().Contain($"\"field\":\"{field}\"");
    }

    [Fact]
    public async Task A_nested_field_of_the_wrong_type_is_named_by_its_path()
    {
        await using var raw = await RawSyncConnection.ConnectAsync(Host.BaseAddress, "validation");

        var result = await raw.Hub.InvokeAsync<FunctionResult>(SyncHubMethods.Query,
            new FunctionCall(1, "items:search", """{"category":"capsules","priceRange":{"min":"cheap","max":10}}"""), Within());

        result.Error!.Code.Should().Be(ErrorCodes.Validation);
        result.Error.Message.Should().Contain("'priceRange.min'");
    }

    [Fact]
    public async Task An_unknown_function_answers_UNKNOWN_FUNCTION_and_the_connection_stays_usable()
    {
        var client = await ConnectAsync();

        var unknown = () => client.QueryAsync<int>("items:nothingHere", new NoArgs(), Within());

        (await unknown.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be(ErrorCodes.UnknownFunction);
        (await client.MutateAsync<long>("counters:increment", new CounterId("still-fine"), Within())).Should().Be(1);
    }

    [Fact]
    public async Task A_mutation_called_as_a_query_is_unknown_as_a_query()
    {
        var client = await ConnectAsync();

        var wrongKind = () => client.QueryAsync<long>("counters:increment", new CounterId("x"), Within());

        (await wrongKind.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be(ErrorCodes.UnknownFunction);
    }
}
