using DakarCafe.Engine.Functions;

namespace DakarCafe.Engine.Internal.Functions;

/// <summary>A registered function: its public name, kind, access rule, argument type and handler.</summary>
internal sealed record FunctionDefinition(
    string Name,
    FunctionKind Kind,
    AccessRule Access,
    Type ArgsType,
    Type ResultType,
    Func<FunctionContext, object, CancellationToken, Task<object?>> Invoke);
