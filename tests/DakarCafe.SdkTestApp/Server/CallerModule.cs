using DakarCafe.Engine;
using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.SdkTestApp.Schema;

namespace DakarCafe.SdkTestApp.Server;

/// <summary>Who is calling, and what their clients report.</summary>
internal static class CallerModule
{
    /// <summary>Stores a tracked event: run by <c>events:track</c>, callable by the server only.</summary>
    private const string Record = "events:record";

    public static void Register(EngineBuilder engine)
    {
        engine.Document<TrackedEvent>();
        var f = engine.Functions;
        f.Query(Api.Users.Me, AccessRule.Authenticated, (ctx, _, _) =>
            Task.FromResult(new Caller(ctx.Identity.UserId!, ctx.Identity.Email, [.. ctx.Identity.Roles.Order(StringComparer.Ordinal)])));
        f.Action(Api.Events.Track, AccessRule.Public, async (ctx, args, ct) =>
        {
            if (string.IsNullOrWhiteSpace(args.Event) || args.Event.Length > 64)
            {
                throw AppError.Validation("event", "An event is named in 1 to 64 characters.");
            }

            return await ctx.RunMutationAsync<bool>(Record, new TrackedEvent(Guid.NewGuid(), args.Event, ctx.Identity.UserId, ctx.Time.GetUtcNow()), ct);
        });
        f.Mutation<TrackedEvent, bool>(Record, AccessRule.Internal, (ctx, tracked, _) =>
        {
            ctx.Store(tracked);
            return Task.FromResult(true);
        });
    }
}

/// <summary>An event a client reported.</summary>
internal sealed record TrackedEvent(Guid Id, string Event, string? UserId, DateTimeOffset At);
