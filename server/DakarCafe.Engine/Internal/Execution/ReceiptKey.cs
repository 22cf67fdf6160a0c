using DakarCafe.Engine.Functions;

namespace DakarCafe.Engine.Internal.Execution;

/// <summary>
/// Where a mutation's receipt is kept: per caller (the signed-in user, or anonymous), client session and request id,
/// so a client that claims another's session id can neither read that client's results nor have its own writes
/// taken for resends.
/// </summary>
internal readonly record struct ReceiptKey(string Scope, long RequestId)
{
    public ReceiptKey(CallerIdentity caller, string sessionId, long requestId)
        : this($"{caller.UserId ?? "anonymous"}/{sessionId}", requestId)
    {
    }
}
