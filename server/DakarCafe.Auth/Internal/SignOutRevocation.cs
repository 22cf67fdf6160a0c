using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace DakarCafe.Auth.Internal;

/// <summary>
/// Signing out (revoking a refresh or access token at <c>/connect/revoke</c>) ends the whole session: every token of
/// its authorization is revoked with it, so the access tokens it issued stop working on new connections at once and
/// on live ones within the engine's recheck interval.
/// </summary>
internal sealed class SignOutRevocation(IOpenIddictAuthorizationManager authorizations, IOpenIddictTokenManager tokens)
    : IOpenIddictServerHandler<HandleRevocationRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } = OpenIddictServerHandlerDescriptor.CreateBuilder<HandleRevocationRequestContext>()
        .UseScopedHandler<SignOutRevocation>()
        .SetOrder(OpenIddictServerHandlers.Revocation.RevokeToken.Descriptor.Order + 1_000)
        .SetType(OpenIddictServerHandlerType.Custom)
        .Build();

    public async ValueTask HandleAsync(HandleRevocationRequestContext context)
    {
        if (context.IsRejected || context.GenericTokenPrincipal?.GetAuthorizationId() is not { } authorizationId)
        {
            return;
        }

        await tokens.RevokeByAuthorizationIdAsync(authorizationId, context.CancellationToken);
        if (await authorizations.FindByIdAsync(authorizationId, context.CancellationToken) is { } authorization)
        {
            await authorizations.TryRevokeAsync(authorization, context.CancellationToken);
        }
    }
}
