namespace DakarCafe.Auth.Internal;

/// <summary>The <c>Auth</c> configuration section.</summary>
internal sealed record AuthSettings
{
    /// <summary>The issuer every node stamps on tokens and expects on them.</summary>
    public Uri Issuer { get; init; } = new("http://dakarcafe.local/");

    public TimeSpan AccessTokenLifetime { get; init; } = TimeSpan.FromMinutes(15);

    public TimeSpan RefreshTokenLifetime { get; init; } = TimeSpan.FromDays(14);

    /// <summary>
    /// How long a used refresh token may be used again (two tabs refreshing at once both get tokens); a use after it
    /// is taken as theft and revokes the whole session.
    /// </summary>
    public TimeSpan RefreshTokenReuseLeeway { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>A PFX file with the signing and encryption key; when unset, development certificates are made on first run and kept.</summary>
    public string? CertificatePath { get; init; }

    public string? CertificatePassword { get; init; }

    /// <summary>Where development certificates are kept (relative to the content root).</summary>
    public string KeysDirectory { get; init; } = Path.Combine(".data", "keys");

    /// <summary>
    /// Sign-in attempts on one account from one IP address at once; then one per <see cref="SignInIntervalPerAccount"/>.
    /// Attempts from another address have their own bucket, so a guesser cannot lock the owner out.
    /// </summary>
    public int SignInBurstPerAccount { get; init; } = 10;

    /// <summary>How often one account, from one address, gets back one sign-in attempt once its burst is spent.</summary>
    public TimeSpan SignInIntervalPerAccount { get; init; } = TimeSpan.FromSeconds(6);

    /// <summary>Sign-in attempts one IP address may make at once; then one per second.</summary>
    public int SignInBurstPerAddress { get; init; } = 60;

    /// <summary>Sign-in attempts on one account from all addresses together at once; then one per second.</summary>
    public int SignInBurstPerAccountFromAllAddresses { get; init; } = 100;

    /// <summary>Accounts one IP address may create at once; then one per <see cref="SignUpIntervalPerAddress"/>.</summary>
    public int SignUpBurstPerAddress { get; init; } = 10;

    /// <summary>How often one address gets back one sign-up once its burst is spent.</summary>
    public TimeSpan SignUpIntervalPerAddress { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The secret of the <c>dakarcafe-service</c> client in Development when none is set; refused anywhere else.</summary>
    public const string DevelopmentServiceSecret = "dev-service-secret-change-me";

    /// <summary>The shortest secret the <c>dakarcafe-service</c> client may have outside Development.</summary>
    public const int MinimumServiceSecretLength = 32;

    /// <summary>
    /// The secret of the <c>dakarcafe-service</c> client (client credentials). Outside Development it must be set to
    /// at least <see cref="MinimumServiceSecretLength"/> characters, or left unset for no service client at all.
    /// </summary>
    public string? ServiceClientSecret { get; init; }

    /// <summary>
    /// The service client's secret for this environment: the one set; in Development the development one when unset;
    /// elsewhere null (no service client) when unset. A weak or development secret outside Development stops the start.
    /// </summary>
    public string? ServiceSecretFor(IHostEnvironment environment)
    {
        var configured = string.IsNullOrWhiteSpace(ServiceClientSecret) ? null : ServiceClientSecret;
        if (environment.IsDevelopment())
        {
            return configured ?? DevelopmentServiceSecret;
        }

        if (configured is { } secret && (secret == DevelopmentServiceSecret || secret.Length < MinimumServiceSecretLength))
        {
            throw new InvalidOperationException(
                $"Auth:ServiceClientSecret must be at least {MinimumServiceSecretLength} characters and not the development default outside Development " +
                $"(environment {environment.EnvironmentName}); set it (Auth__ServiceClientSecret), or unset it to run without the dakarcafe-service client.");
        }

        return configured;
    }
}
