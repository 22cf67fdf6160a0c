using DakarCafe.Engine.Functions;
using DakarCafe.Schema;
using DakarCafe.Schema.Users;

namespace DakarCafe.Server.Users;

/// <summary><c>users:getCurrentUser</c>: the caller's own profile, live.</summary>
internal static class GetCurrentUser
{
    public static Task<User?> HandleAsync(QueryContext ctx, NoArgs args, CancellationToken ct) =>
        ctx.LoadAsync<User>(Caller.Id(ctx), ct);
}
