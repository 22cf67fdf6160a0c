using DakarCafe.Engine.Functions;

namespace DakarCafe.Server;

/// <summary>Who calls a function that requires a signed-in user.</summary>
internal static class Caller
{
    /// <summary>The signed-in caller's user id (the function's access rule has made sure there is one).</summary>
    public static Guid Id(FunctionContext ctx) => Guid.Parse(ctx.Identity.UserId!);
}
