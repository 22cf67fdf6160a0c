using Microsoft.AspNetCore;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;
using static OpenIddict.Server.OpenIddictServerHandlers.Authentication;

namespace DakarCafe.Auth.Internal;

/// <summary>
/// Takes the place of OpenIddict's redirect_uri check: the dashboard's codes may also go to the dashboard page of the
/// very server that was asked (its address is not known in advance: a port chosen at start, a proxy's name), and
/// every other request is checked against the registered URIs as before. Only the address the request itself came
/// to counts, so a link cannot send an admin's code anywhere else.
/// </summary>
internal sealed class DashboardRedirectUri(IOpenIddictApplicationManager applications) : IOpenIddictServerHandler<ValidateAuthorizationRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } = OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateAuthorizationRequestContext>()
        .UseScopedHandler<DashboardRedirectUri>()
        .SetOrder(ValidateClientRedirectUri.Descriptor.Order)
        .SetType(OpenIddictServerHandlerType.Custom)
        .Build();

    public async ValueTask HandleAsync(ValidateAuthorizationRequestContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ClientId == AuthClients.Dashboard && context.Transaction.GetHttpRequest() is { } request
            && string.Equals(context.RedirectUri, $"{request.Scheme}://{request.Host}{request.PathBase}{AuthClients.DashboardPath}", StringComparison.Ordinal))
        {
            return;
        }

        await new ValidateClientRedirectUri(applications).HandleAsync(context);
    }
}
