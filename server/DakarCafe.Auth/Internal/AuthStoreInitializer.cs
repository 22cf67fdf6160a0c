using DakarCafe.Engine.Storage;
using Npgsql;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace DakarCafe.Auth.Internal;

/// <summary>
/// Registers the app's clients once the engine's schema (which holds OpenIddict's tables) is ready, retrying until
/// the database answers, so the server starts without it. Serialised across nodes by an advisory lock.
/// </summary>
internal sealed class AuthStoreInitializer(
    IServiceProvider services, NpgsqlDataSource dataSource, AuthSettings settings, AuthOptions options, Engine.EngineReadiness engine)
    : BackgroundService
{
    private const long LockKey = 0x0DA4CAFE0010;

    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Ready => _ready.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Its tables are part of the engine's schema (AuthModule.ConfigureMarten), ready with the engine.
        await engine.Ready.WaitAsync(stoppingToken);
        await PostgresResilience.UntilTheDatabaseAnswers.ExecuteAsync(InitializeAsync, stoppingToken);
        _ready.TrySetResult();
        var accounts = services.GetRequiredService<AccountStore>();
        await PostgresResilience.UntilTheDatabaseAnswers.ExecuteAsync(async ct => await accounts.ListUnlistedAsync(ct), stoppingToken);
    }

    private async ValueTask InitializeAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var lockCommand = new NpgsqlCommand($"select pg_advisory_xact_lock({LockKey})", connection, transaction))
        {
            await lockCommand.ExecuteNonQueryAsync(ct);
        }

        await using var scope = services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        await EnsureAsync(applications, new OpenIddictApplicationDescriptor
        {
            ClientId = AuthClients.FirstPartyApp,
            ClientType = ClientTypes.Public,
            DisplayName = $"{options.AppName} apps",
            Permissions =
            {
                Permissions.Endpoints.Token, Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.Password, Permissions.GrantTypes.RefreshToken,
                Permissions.Prefixes.Scope + Scopes.OfflineAccess, Permissions.Scopes.Email, Permissions.Scopes.Profile, Permissions.Scopes.Roles,
            },
        }, ct);
        await EnsureAsync(applications, CodeFlowClient(AuthClients.PartnerApp, "Partner apps", options.PartnerRedirectUris), ct);
        await EnsureAsync(applications, CodeFlowClient(AuthClients.Dashboard, $"{options.AppName} dashboard", options.DashboardRedirectUris), ct);
        await KeepServiceClientAsync(applications, settings.ServiceClientSecret, ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>A public client of the authorization code flow with PKCE, refresh tokens and sign-out (revocation).</summary>
    private static OpenIddictApplicationDescriptor CodeFlowClient(string clientId, string name, IEnumerable<Uri> redirectUris)
    {
        var client = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientType = ClientTypes.Public,
            DisplayName = name,
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code,
                Permissions.Prefixes.Scope + Scopes.OfflineAccess, Permissions.Scopes.Email, Permissions.Scopes.Roles,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        client.RedirectUris.UnionWith(redirectUris);
        return client;
    }

    /// <summary>
    /// The service client has the configured secret (changed when the setting changed). With none set (outside
    /// Development), a registration left with the development secret is removed; one with a real secret, set by
    /// another process on this database (the server beside a CLI), is left alone.
    /// </summary>
    private async Task KeepServiceClientAsync(IOpenIddictApplicationManager applications, string? secret, CancellationToken ct)
    {
        var existing = await applications.FindByClientIdAsync(AuthClients.Service, ct);
        if (secret is null)
        {
            if (existing is not null && await applications.ValidateClientSecretAsync(existing, AuthSettings.DevelopmentServiceSecret, ct))
            {
                await applications.DeleteAsync(existing, ct);
            }

            return;
        }

        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = AuthClients.Service,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = $"{options.AppName} services",
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        };
        if (existing is null)
        {
            await applications.CreateAsync(descriptor, ct);
        }
        else if (!await applications.ValidateClientSecretAsync(existing, secret, ct))
        {
            await applications.UpdateAsync(existing, descriptor, ct);
        }
    }

    /// <summary>Registers a public client, or brings an existing registration in step with the code (a permission added since, say).</summary>
    private static async Task EnsureAsync(IOpenIddictApplicationManager applications, OpenIddictApplicationDescriptor descriptor, CancellationToken ct)
    {
        if (await applications.FindByClientIdAsync(descriptor.ClientId!, ct) is { } existing)
        {
            await applications.UpdateAsync(existing, descriptor, ct);
        }
        else
        {
            await applications.CreateAsync(descriptor, ct);
        }
    }
}
