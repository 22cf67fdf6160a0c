namespace DakarCafe.Server.Auth;

/// <summary>The <c>Auth</c> configuration section.</summary>
internal sealed record AuthSettings
{
    /// <summary>The issuer every node stamps on tokens and expects on them.</summary>
    public Uri Issuer { get; init; } = new("http://dakarcafe.local/");

    public TimeSpan AccessTokenLifetime { get; init; } = TimeSpan.FromMinutes(15);

    public TimeSpan RefreshTokenLifetime { get; init; } = TimeSpan.FromDays(14);

    /// <summary>A PFX file with the signing and encryption key; when unset, development certificates are made on first run and kept.</summary>
    public string? CertificatePath { get; init; }

    public string? CertificatePassword { get; init; }

    /// <summary>Where development certificates are kept (relative to the content root).</summary>
    public string KeysDirectory { get; init; } = Path.Combine(".data", "keys");

    /// <summary>Sign-in attempts one account may make at once; then one per <see cref="SignInIntervalPerAccount"/>.</summary>
    public int SignInBurstPerAccount { get; init; } = 10;

    /// <summary>How often one account gets back one sign-in attempt once its burst is spent.</summary>
    public TimeSpan SignInIntervalPerAccount { get; init; } = TimeSpan.FromSeconds(6);

    /// <summary>Sign-in attempts one IP address may make at once; then one per second.</summary>
    public int SignInBurstPerAddress { get; init; } = 60;

    /// <summary>The secret of the <c>dakarcafe-service</c> client; set it in production.</summary>
    public string ServiceClientSecret { get; init; } = "dev-service-secret-change-me";
}
