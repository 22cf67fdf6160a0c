using System.Text.Json;
using DakarCafe.Client;
using DakarCafe.Engine.Functions;
using FluentAssertions;

namespace DakarCafe.Fixtures;

/// <summary>Calls any function by name and kind with empty arguments, for tests that check who is refused.</summary>
public static class FunctionRefusals
{
    /// <summary>The error code <paramref name="client"/> gets calling <paramref name="name"/>; the call must fail.</summary>
    public static async Task<string> RefusalAsync(this DakarCafeClient client, string name, FunctionKind kind)
    {
        Func<Task> call = kind switch
        {
            FunctionKind.Query => () => client.QueryAsync<JsonElement>(name, new { }, Deadlines.Within()),
            FunctionKind.Mutation => () => client.MutateAsync<JsonElement>(name, new { }, Deadlines.Within()),
            _ => () => client.ActionAsync<JsonElement>(name, new { }, Deadlines.Within()),
        };
        return (await call.Should().ThrowAsync<DakarCafeException>()).Which.Code;
    }
}
