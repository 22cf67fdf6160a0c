using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.Protocol;

namespace DakarCafe.Server;

/// <summary>Who calls a function that requires a signed-in user.</summary>
internal static class Caller
{
    /// <summary>
    /// The signed-in caller's user id (the function's access rule has made sure there is a caller); a caller that is
    /// not a user (a service's client-credentials token) is refused with <c>FORBIDDEN</c>.
    /// </summary>
    public static Guid Id(FunctionContext ctx) => Guid.TryParse(ctx.Identity.UserId, out var id)
        ? id
        : throw new AppError(ErrorCodes.Forbidden, "This function is for signed-in users; a service token has no user.");
}
