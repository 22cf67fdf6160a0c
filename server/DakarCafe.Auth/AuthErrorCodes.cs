using DakarCafe.Protocol;

namespace DakarCafe.Auth;

/// <summary>The codes the account endpoints answer beside the engine's <see cref="ErrorCodes"/>.</summary>
[ErrorCodeCatalog]
public static class AuthErrorCodes
{
    /// <summary>Another account already uses this email (the data names the field).</summary>
    public const string EmailTaken = "EMAIL_TAKEN";
}
