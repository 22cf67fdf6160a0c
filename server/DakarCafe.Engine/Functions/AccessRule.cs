using DakarCafe.Protocol;

namespace DakarCafe.Engine.Functions;

/// <summary>Who may call a function; every function states one, and the engine checks it before the handler runs.</summary>
public sealed class AccessRule
{
    private readonly Func<CallerIdentity, bool> _allows;

    private AccessRule(string description, bool needsSignIn, Func<CallerIdentity, bool> allows)
    {
        Description = description;
        NeedsSignIn = needsSignIn;
        _allows = allows;
    }

    /// <summary>Anyone, signed in or not.</summary>
    public static AccessRule Public { get; } = new("public", needsSignIn: false, _ => true);

    /// <summary>Any signed-in caller.</summary>
    public static AccessRule Authenticated { get; } = new("authenticated", needsSignIn: true, _ => true);

    /// <summary>Signed-in callers with the admin role.</summary>
    public static AccessRule Admin { get; } = Role("admin");

    /// <summary>
    /// The server's own calls only (actions, webhooks, scheduled jobs), whoever they act for; to clients the
    /// function does not exist.
    /// </summary>
    public static AccessRule Internal { get; } = new("internal", needsSignIn: false, identity => identity.IsServerCall);

    /// <summary>Signed-in callers with any of the roles.</summary>
    public static AccessRule Role(params string[] roles) =>
        new($"role: {string.Join(" or ", roles)}", needsSignIn: true, identity => roles.Any(identity.IsInRole));

    /// <summary>Signed-in callers for whom <paramref name="allows"/> is true.</summary>
    public static AccessRule Custom(string description, Func<CallerIdentity, bool> allows) =>
        new(description, needsSignIn: true, allows);

    /// <summary>How the rule reads in logs and documentation.</summary>
    public string Description { get; }

    /// <summary>True when anonymous callers are refused.</summary>
    public bool NeedsSignIn { get; }

    /// <summary>Null when the caller may call; otherwise the error to answer.</summary>
    public ErrorInfo? Check(CallerIdentity caller)
    {
        if (NeedsSignIn && !caller.IsAuthenticated)
        {
            return new ErrorInfo(ErrorCodes.AuthRequired, "Sign in to call this function.");
        }

        return _allows(caller) ? null : new ErrorInfo(ErrorCodes.Forbidden, $"This function is restricted ({Description}).");
    }

    /// <inheritdoc />
    public override string ToString() => Description;
}
