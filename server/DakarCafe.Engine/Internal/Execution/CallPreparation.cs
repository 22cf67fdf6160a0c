using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Internal.Functions;
using DakarCafe.Protocol;

namespace DakarCafe.Engine.Internal.Execution;

/// <summary>What every call goes through before its handler: the function exists and is of the right kind, the caller may call it, and the arguments bind.</summary>
internal static class CallPreparation
{
    public static (FunctionDefinition Function, object Args) Prepare(FunctionRegistry registry, FunctionKind kind, string? name, string? args, CallerIdentity caller)
    {
        if (name is null || !registry.TryGet(name, out var function) || function.Kind != kind
            || (function.Access == AccessRule.Internal && !caller.IsServerCall))
        {
            throw new AppError(ErrorCodes.UnknownFunction, $"There is no {kind.ToString().ToLowerInvariant()} named '{name}'.");
        }

        if (function.Access.Check(caller) is { } denied)
        {
            throw new AppError(denied.Code, denied.Message);
        }

        return (function, ArgumentBinder.Bind(function.ArgsType, args));
    }
}
