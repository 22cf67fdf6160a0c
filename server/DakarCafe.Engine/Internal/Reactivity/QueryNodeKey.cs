namespace DakarCafe.Engine.Internal.Reactivity;

/// <summary>
/// What makes two subscriptions one shared node: the function, its canonical arguments, and the caller's identity
/// key only when the function reads the identity.
/// </summary>
internal readonly record struct QueryNodeKey(string Function, string Args, string? IdentityKey);
