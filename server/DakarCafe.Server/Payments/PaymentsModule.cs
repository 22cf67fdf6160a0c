using DakarCafe.Engine;
using DakarCafe.Schema.Payments;

namespace DakarCafe.Server.Payments;

/// <summary>Payments: cash on delivery, and Wave, Orange Money and card through their providers' APIs and webhooks.</summary>
internal static class PaymentsModule
{
    public static void Register(EngineBuilder engine) => engine.Document<Payment>(payment => payment.Index(p => p.OrderId));
}
