using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace DakarCafe.Server.Payments;

/// <summary>
/// The addresses handed to providers: where payers return and where notifications go. They sit under
/// <c>Payments:PublicBaseUrl</c>, which production sets to the public address; unset, the server's own listening
/// address is used, which is right for a server reached directly (development, tests).
/// </summary>
internal sealed class PaymentLinks(PaymentSettings settings, IServer server)
{
    private static readonly string[] Wildcards = ["+", "*", "0.0.0.0", "[::]"];

    public Uri Return => new(Base, PaymentEndpoints.ReturnPath);

    public Uri Webhook(string provider) => new(Base, PaymentEndpoints.WebhookPath(provider));

    private Uri Base => settings.PublicBaseUrl ?? Listening();

    private Uri Listening()
    {
        var address = new UriBuilder(server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The server listens nowhere; set Payments:PublicBaseUrl."));
        if (Wildcards.Contains(address.Host))
        {
            address.Host = "localhost";
        }

        address.Path = "/";
        return address.Uri;
    }
}
