namespace DakarCafe.Auth;

/// <summary>The OAuth clients every DakarCafé token server knows from the start.</summary>
public static class AuthClients
{
    /// <summary>The first-party React and React Native apps: a public client with the password and refresh-token grants.</summary>
    public const string FirstPartyApp = "dakarcafe-app";

    /// <summary>Server-to-server callers: a confidential client with the client-credentials grant.</summary>
    public const string Service = "dakarcafe-service";

    /// <summary>Third-party web and mobile apps: a public client with the authorization code flow and PKCE.</summary>
    public const string PartnerApp = "dakarcafe-partner";

    /// <summary>
    /// The dashboard served by the server at <see cref="DashboardPath"/>: a public client with the authorization code flow
    /// and PKCE, whose codes go only to the dashboard page of the server that was asked (or to
    /// <see cref="AuthOptions.DashboardRedirectUris"/>).
    /// </summary>
    public const string Dashboard = "dakarcafe-dashboard";

    /// <summary>Where the dashboard is served, and where its codes are sent.</summary>
    public const string DashboardPath = "/dashboard/";

    /// <summary>The role given to tokens issued to a service.</summary>
    public const string ServiceRole = "service";
}
