using DakarCafe.Engine.Functions;

namespace DakarCafe.Auth;

/// <summary>The engine functions an app registers for the token server.</summary>
public static class AuthFunctions
{
    /// <summary>The internal mutation the token server calls with each <see cref="AccountChange"/>, when the app registered one.</summary>
    public const string AccountChanged = "auth:accountChanged";

    /// <summary>
    /// Registers the app's handler of account changes as the internal mutation <see cref="AccountChanged"/>: no client
    /// can call it; the token server does, after each change, before it answers.
    /// </summary>
    public static void OnAccountChanged(this FunctionRegistry functions, Func<MutationContext, AccountChange, CancellationToken, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(functions);
        ArgumentNullException.ThrowIfNull(handler);
        functions.Mutation<AccountChange, bool>(AccountChanged, AccessRule.Internal, async (ctx, change, ct) =>
        {
            await handler(ctx, change, ct);
            return true;
        });
    }
}
