using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.Protocol;
using DakarCafe.Schema.Users;

namespace DakarCafe.Server.Users;

/// <summary><c>users:getUserProfile</c>: one's own profile in full; another user's only for an admin. A refusal tells nothing about the other user.</summary>
internal static class GetUserProfile
{
    public static async Task<User> HandleAsync(QueryContext ctx, GetUserProfileArgs args, CancellationToken ct)
    {
        var caller = ctx.Identity;
        if (caller.UserId != args.UserId.ToString() && !caller.IsInRole("admin"))
        {
            throw new AppError(ErrorCodes.Forbidden, "Only your own profile, or an admin, may be read.");
        }

        return await ctx.LoadAsync<User>(args.UserId, ct) ?? throw new AppError(ErrorCodes.NotFound, "No such user.", new { field = "userId" });
    }
}
