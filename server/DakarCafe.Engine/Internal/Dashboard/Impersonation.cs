using System.Text.Json;
using DakarCafe.Engine.Dashboard;
using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Internal.Execution;
using DakarCafe.Protocol;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace DakarCafe.Engine.Internal.Dashboard;

/// <summary>
/// The runner's "as another user": <c>impersonate</c> (an action: it looks the user up) records the audit entry and a
/// grant for one public function; <c>queryAs</c> runs a query as that user inside the dashboard's own live query (its
/// reads are tracked, so it updates like the user's would); <c>runAs</c> runs a mutation or an action as them. The
/// user's access rule applies, as it would to them; the engine's and internal functions cannot be run this way.
/// </summary>
internal static class Impersonation
{
    private const string GrantFunction = DashboardFunctions.Module + "grantImpersonation";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    public static void Register(FunctionRegistry functions)
    {
        functions.AdminAction<ImpersonateArgs, GrantView>("impersonate", async (ctx, args, ct) =>
        {
            if (!functions.TryGet(args.Function, out var function) || function.Access == AccessRule.Internal || FunctionRegistry.IsSystem(function.Name))
            {
                throw new AppError(ErrorCodes.NotFound, $"No public function is named '{args.Function}'.", new { field = "function" });
            }

            var user = ctx.Services.GetService<IDashboardUsers>() is { } users ? await users.FindAsync(args.UserId, ct) : null;
            if (user is null)
            {
                throw new AppError(ErrorCodes.NotFound, "No active account has this id.", new { field = "userId" });
            }

            return await ctx.RunMutationAsync<GrantView>(GrantFunction,
                new GrantArgs(user.UserId!, user.Email, [.. user.Roles], function.Name, ctx.Time.GetUtcNow() + Lifetime), ct);
        });
        functions.System<GrantArgs, GrantView, MutationContext>(GrantFunction, FunctionKind.Mutation, AccessRule.Internal, async (ctx, args, ct) =>
        {
            var now = ctx.Time.GetUtcNow();
            var grant = new ImpersonationGrant(Guid.CreateVersion7(now), ctx.Identity.UserId!, args.UserId, args.Email, args.Roles, args.Function, now, args.ExpiresAt);
            ctx.Store(grant);
            await AuditTrail.RecordAsync(ctx, AuditActions.Impersonate, $"{args.Function} as {args.UserId}", null,
                JsonSerializer.Serialize(grant, WireJson.Options), ct);
            return new GrantView(grant.Id, grant.ExpiresAt);
        });
        functions.AdminQuery<RunAsArgs, JsonElement>("queryAs", async (ctx, args, ct) =>
        {
            var grant = Mine(await ctx.LoadAsync<ImpersonationGrant>(args.GrantId, ct), ctx.Identity);
            var (function, bound) = CallPreparation.Prepare(functions, FunctionKind.Query, grant.Function, args.Args.GetRawText(), IdentityOf(grant));
            var result = await function.Invoke(QueryContext.Create(IdentityOf(grant), ctx.Reader), bound, ct);
            return JsonSerializer.SerializeToElement(result, function.ResultType, WireJson.Options);
        });
        functions.AdminAction<RunAsArgs, JsonElement>("runAs", async (ctx, args, ct) =>
        {
            ImpersonationGrant? found;
            await using (var session = ctx.Services.GetRequiredService<IDocumentStore>().QuerySession())
            {
                found = await session.LoadAsync<ImpersonationGrant>(args.GrantId, ct);
            }

            var grant = Mine(found, ctx.Identity);
            if (grant.ExpiresAt <= ctx.Time.GetUtcNow())
            {
                throw new AppError(ErrorCodes.Forbidden, "This grant has expired: impersonate again.", new { field = "grantId" });
            }

            var caller = ctx.Services.GetRequiredService<IFunctionCaller>();
            functions.TryGet(grant.Function, out var function);
            return function!.Kind switch
            {
                FunctionKind.Mutation => await caller.MutateAsync<JsonElement>(grant.Function, args.Args, IdentityOf(grant), ct),
                FunctionKind.Action => await caller.ActAsync<JsonElement>(grant.Function, args.Args, IdentityOf(grant), ct),
                _ => throw new AppError(ErrorCodes.Validation, "A query runs as another user through queryAs.", new { field = "grantId" }),
            };
        });
    }

    private static ImpersonationGrant Mine(ImpersonationGrant? grant, CallerIdentity admin) => grant is not null && grant.AdminId == admin.UserId
        ? grant
        : throw new AppError(ErrorCodes.NotFound, "No grant of yours has this id.", new { field = "grantId" });

    private static CallerIdentity IdentityOf(ImpersonationGrant grant) => new(grant.UserId, grant.Email, grant.Roles.ToHashSet(StringComparer.Ordinal));
}

/// <summary>Whom to act as, and in which function.</summary>
internal sealed record ImpersonateArgs(string UserId, string Function);

/// <summary>What the grant is made of, found by the action.</summary>
internal sealed record GrantArgs(string UserId, string? Email, IReadOnlyList<string> Roles, string Function, DateTimeOffset ExpiresAt);

/// <summary>The grant the runner's calls name.</summary>
internal sealed record GrantView(Guid GrantId, DateTimeOffset ExpiresAt);

/// <summary>A call under a grant, with the function's arguments.</summary>
internal sealed record RunAsArgs(Guid GrantId, JsonElement Args);
