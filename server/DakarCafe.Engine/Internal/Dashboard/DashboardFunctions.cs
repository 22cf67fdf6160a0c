using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;

namespace DakarCafe.Engine.Internal.Dashboard;

/// <summary>Registers the dashboard's functions in the reserved <c>_dashboard</c> module, every one for admins only.</summary>
internal static class DashboardFunctions
{
    public const string Module = "_dashboard:";

    public static void AdminQuery<TArgs, TResult>(this FunctionRegistry functions, string name, Func<QueryContext, TArgs, CancellationToken, Task<TResult>> handler)
        where TArgs : notnull => functions.System(Module + name, FunctionKind.Query, AccessRule.Admin, handler);

    public static void AdminMutation<TArgs, TResult>(this FunctionRegistry functions, string name,
        Func<MutationContext, TArgs, CancellationToken, Task<TResult>> handler)
        where TArgs : notnull => functions.System(Module + name, FunctionKind.Mutation, AccessRule.Admin, handler);

    public static void AdminAction<TArgs, TResult>(this FunctionRegistry functions, string name, Func<ActionContext, TArgs, CancellationToken, Task<TResult>> handler)
        where TArgs : notnull => functions.System(Module + name, FunctionKind.Action, AccessRule.Admin, handler);

    /// <summary>A page size from the caller's, within 1..<paramref name="max"/>.</summary>
    public static int Limit(int? requested, int fallback, int max) => requested switch
    {
        null => fallback,
        < 1 => throw AppError.Validation("limit", $"The page size is between 1 and {max}."),
        _ when requested > max => throw AppError.Validation("limit", $"The page size is between 1 and {max}."),
        _ => requested.Value,
    };

    /// <summary>An offset from the caller's, 0 or more.</summary>
    public static int Offset(int? requested) =>
        requested is < 0 ? throw AppError.Validation("offset", "The offset is 0 or more.") : requested ?? 0;
}

/// <summary>The arguments of a function that takes none.</summary>
internal sealed record NoDashboardArgs;

/// <summary>An offset and a page size.</summary>
internal sealed record PageArgs(int? Offset = null, int? Limit = null);
