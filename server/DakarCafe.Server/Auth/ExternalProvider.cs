namespace DakarCafe.Server.Auth;

/// <summary>An external OpenID Connect provider (Google, Facebook, or any other) from the <c>Auth:ExternalProviders</c> settings.</summary>
/// <param name="Name">The name in URLs, such as "google".</param>
/// <param name="Issuer">The provider's issuer, whose discovery document describes it.</param>
/// <param name="ClientId">The shop's client id at the provider.</param>
/// <param name="ClientSecret">The shop's client secret at the provider.</param>
internal sealed record ExternalProvider(string Name, Uri Issuer, string ClientId, string ClientSecret)
{
    public string CallbackPath => $"auth/callback/{Name}";
}
