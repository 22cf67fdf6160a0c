using System.Text.Json;
using DakarCafe.Engine.Dashboard;
using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Internal.Dashboard;
using DakarCafe.Protocol;

namespace DakarCafe.Auth.Internal;

/// <summary>
/// The dashboard's users: a live, searchable page of <see cref="AccountListing"/>s, and the actions that give a role
/// and deactivate or reactivate an account (actions: the account and its tokens live outside the engine's
/// transactions), each audited. An admin cannot demote or deactivate themselves, so a deployment keeps an admin.
/// </summary>
internal static class AccountsView
{
    public const string ListFunction = DashboardFunctions.Module + "listAccount";

    public static void Register(FunctionRegistry functions)
    {
        functions.System<ListedAccount, bool, MutationContext>(ListFunction, FunctionKind.Mutation, AccessRule.Internal, async (ctx, args, ct) =>
        {
            var existing = await ctx.LoadAsync<AccountListing>(args.Account.Id, ct);
            ctx.Store(args.Account with { LastSignIn = args.SignedInAt ?? existing?.LastSignIn });
            return true;
        });
        functions.AdminQuery<UsersArgs, UsersPage>("users", async (ctx, args, ct) =>
        {
            var limit = DashboardFunctions.Limit(args.Limit, 50, 200);
            var offset = DashboardFunctions.Offset(args.Offset);
            var search = args.Search?.Trim().ToLowerInvariant() ?? "";
            var users = await ctx.ListAsync<AccountListing>(q => Matching(q, search).OrderBy(a => a.Email).Skip(offset).Take(limit), ct);
            var total = await ctx.CountAsync<AccountListing>(q => Matching(q, search), ct);
            return new UsersPage(users, total);
        });
        functions.AdminAction<NoDashboardArgs, IReadOnlyList<string>>("roles", (ctx, _, _) =>
            Task.FromResult<IReadOnlyList<string>>([.. ctx.Services.GetRequiredService<AuthOptions>().Roles]));
        functions.AdminAction<SetRoleArgs, AccountListing>("setRole", (ctx, args, ct) =>
            ChangeAsync(ctx, args.UserId, AuditActions.SetRole, (accounts, token) => accounts.SetRoleAsync(args.UserId, args.Role, token), ct));
        functions.AdminAction<UserIdArgs, AccountListing>("deactivate", (ctx, args, ct) =>
            ChangeAsync(ctx, args.UserId, AuditActions.Deactivate, (accounts, token) => accounts.SetActiveAsync(args.UserId, false, token), ct));
        functions.AdminAction<UserIdArgs, AccountListing>("reactivate", (ctx, args, ct) =>
            ChangeAsync(ctx, args.UserId, AuditActions.Reactivate, (accounts, token) => accounts.SetActiveAsync(args.UserId, true, token), ct));
    }

    private static IQueryable<AccountListing> Matching(IQueryable<AccountListing> accounts, string search) =>
        search.Length == 0 ? accounts : accounts.Where(a => a.Email.Contains(search));

    private static async Task<AccountListing> ChangeAsync(ActionContext ctx, Guid userId, string action,
        Func<AccountStore, CancellationToken, Task<Account>> change, CancellationToken ct)
    {
        if (ctx.Identity.UserId == userId.ToString())
        {
            throw new AppError(ErrorCodes.Conflict, "An admin cannot change their own role or deactivate themselves; another admin can.");
        }

        var accounts = ctx.Services.GetRequiredService<AccountStore>();
        var before = await accounts.FindAsync(userId, ct) ?? throw new AppError(ErrorCodes.NotFound, "No account has this id.", new { field = "userId" });
        var after = await change(accounts, ct);
        await AuditTrail.RecordAsync(ctx, action, userId.ToString(), Json(before), Json(after), ct);
        return AccountStore.Listing(after);
    }

    /// <summary>An account as the audit log keeps it: never its password's hash.</summary>
    private static string Json(Account account) => JsonSerializer.Serialize(AccountStore.Listing(account), WireJson.Options);
}

/// <summary>An account's listing to keep, with the time it signed in when that is the change.</summary>
internal sealed record ListedAccount(AccountListing Account, DateTimeOffset? SignedInAt);

/// <summary>A page of accounts whose email contains <see cref="Search"/>.</summary>
internal sealed record UsersArgs(string? Search = null, int? Offset = null, int? Limit = null);

/// <summary>A page of accounts by email and how many match.</summary>
internal sealed record UsersPage(IReadOnlyList<AccountListing> Users, int Total);

/// <summary>The role to give an account.</summary>
internal sealed record SetRoleArgs(Guid UserId, string Role);

/// <summary>An account by id.</summary>
internal sealed record UserIdArgs(Guid UserId);
