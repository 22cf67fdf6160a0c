namespace DakarCafe.Protocol;

/// <summary>
/// Marks an app's static class of error codes (<c>public const string</c> fields): the codes its functions may
/// answer beside the engine's <see cref="ErrorCodes"/>. Code generation turns each marked class into a TypeScript
/// string-literal union and a constant object, so clients switch on codes with types.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ErrorCodeCatalogAttribute : Attribute;
