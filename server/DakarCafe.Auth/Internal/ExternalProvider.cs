namespace DakarCafe.Auth.Internal;

/// <summary>An external provider from the <c>Auth:ExternalProviders</c> settings: Google, Facebook, or any OpenID Connect issuer.</summary>
/// <param name="Name">The name in URLs, such as "google".</param>
/// <param name="ClientId">The app's client id at the provider.</param>
/// <param name="ClientSecret">The app's client secret at the provider.</param>
/// <param name="Kind">Google, Facebook (OpenIddict's built-in integrations), or OpenIdConnect (any issuer with a discovery document).</param>
/// <param name="Issuer">For OpenIdConnect: the issuer.</param>
internal sealed record ExternalProvider(string Name, string ClientId, string ClientSecret, string Kind = "OpenIdConnect", Uri? Issuer = null)
{
    public string CallbackPath => $"auth/callback/{Name}";
}
