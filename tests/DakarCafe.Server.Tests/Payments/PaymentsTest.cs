using DakarCafe.Client;
using DakarCafe.Fixtures;
using DakarCafe.Schema;
using DakarCafe.Schema.Orders;
using DakarCafe.Schema.Payments;
using DakarCafe.Server.Tests.Orders;

namespace DakarCafe.Server.Tests.Payments;

/// <summary>A shop whose online payment providers are the loopback <see cref="PaymentSandbox"/>.</summary>
public abstract class PaymentsTest(PostgresServer postgres) : ShopTest(postgres)
{
    private Guid _roma;

    protected PaymentSandbox Sandbox { get; private set; } = null!;

    protected DakarCafeClient Staff { get; private set; } = null!;

    protected virtual int CircuitMinimumThroughput => 100;

    /// <summary>
    /// Well under the sandbox's 5 s stalls, and well over what a healthy loopback call takes on a loaded machine (a
    /// call timed out by load would be retried and counted as one more request).
    /// </summary>
    protected override IReadOnlyDictionary<string, string?> ServerSettings =>
        Sandbox.ShopSettings(attemptTimeout: TimeSpan.FromSeconds(2), retries: 2, CircuitMinimumThroughput);

    protected override async Task BeforeServerStartsAsync() => Sandbox = Own(await PaymentSandbox.StartAsync());

    /// <summary>A new customer's order of two Roma capsules (7 000 FCFA + VAT + delivery in Dakar = 9 760 FCFA), paid by <paramref name="method"/>.</summary>
    protected async Task<(DakarCafeClient Customer, Order Order)> OrderAsync(PaymentMethod method)
    {
        if (Staff is null)
        {
            Staff = await ConnectAsync(await SignInAsAsync("admin"));
            _roma = await Staff.MutateAsync(Api.Products.Create, TestProducts.Capsule("Roma", 3_500, stock: 100), Within());
        }

        var customer = await ConnectAsync(await SignInAsAsync("user"));
        return (customer, await customer.MutateAsync(Api.Orders.CreateOrder, TestOrders.Of((_roma, 2)) with { PaymentMethod = method }, Within()));
    }

    protected static Task<PaymentInstructions> StartAsync(DakarCafeClient customer, Order order, string? phone = null) =>
        customer.ActionAsync(Api.Payments.StartPayment, new StartPaymentArgs(order.Id, phone), Within());

    protected Task<Order> OrderNowAsync(Order order) => Staff.QueryAsync(Api.Orders.GetOrder, new OrderIdArgs(order.Id), Within());
}
