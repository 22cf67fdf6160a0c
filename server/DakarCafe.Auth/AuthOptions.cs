namespace DakarCafe.Auth;

/// <summary>
/// What an app tells the token server in code (the deployment's settings, such as lifetimes, keys and providers, come
/// from the <c>Auth</c> configuration section).
/// </summary>
public sealed class AuthOptions
{
    /// <summary>The app's name on the server's sign-in page.</summary>
    public string AppName { get; set; } = "DakarCafé";

    /// <summary>The roles an account may have; the first is the one a new account gets.</summary>
    public IList<string> Roles { get; } = ["user", "admin", "moderator"];

    /// <summary>Where the authorization code flow may send codes for <see cref="AuthClients.PartnerApp"/>.</summary>
    public IList<Uri> PartnerRedirectUris { get; } = [new("http://127.0.0.1/callback"), new("dakarcafe-partner://callback")];

    /// <summary>
    /// Where else the authorization code flow may send codes for <see cref="AuthClients.Dashboard"/>, besides the
    /// dashboard page of the server that was asked (the dashboard's development server, say).
    /// </summary>
    public IList<Uri> DashboardRedirectUris { get; } = [new("http://127.0.0.1:5173/dashboard/"), new("http://localhost:5173/dashboard/")];

    /// <summary>The role a new account gets.</summary>
    public string DefaultRole => Roles.Count > 0 ? Roles[0] : throw new InvalidOperationException("AuthOptions.Roles is empty: an account needs a role.");
}
