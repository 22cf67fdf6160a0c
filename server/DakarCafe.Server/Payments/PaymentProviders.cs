using DakarCafe.Schema.Orders;

namespace DakarCafe.Server.Payments;

/// <summary>The configured providers, by payment method and by webhook name.</summary>
internal sealed class PaymentProviders(IEnumerable<IPaymentProvider> providers)
{
    private readonly IReadOnlyList<IPaymentProvider> _providers = providers.ToList();

    public IPaymentProvider For(PaymentMethod method) => _providers.Single(p => p.Method == method);

    public IPaymentProvider? Named(string name) => _providers.FirstOrDefault(p => p.Name == name);
}
