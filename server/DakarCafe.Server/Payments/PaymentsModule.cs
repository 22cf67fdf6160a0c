using DakarCafe.Engine;
using DakarCafe.Engine.Functions;
using DakarCafe.Schema;
using DakarCafe.Schema.Orders;
using DakarCafe.Schema.Payments;
using DakarCafe.Server.Orange;
using DakarCafe.Server.Orders;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace DakarCafe.Server.Payments;

/// <summary>
/// Payments: cash on delivery, and Wave, Orange Money and card (Stripe) once configured, behind one provider
/// interface. Each online provider has its own HTTP client with timeouts, retries and a circuit breaker, so one
/// provider failing never slows the others.
/// </summary>
internal static class PaymentsModule
{
    public static void AddShopPayments(this WebApplicationBuilder builder)
    {
        var settings = PaymentSettings.From(builder.Configuration);
        var services = builder.Services;
        services.AddSingleton(settings);
        services.TryAddSingleton<OrangeAccessTokens>();
        services.AddSingleton<IPaymentProvider, CashOnDeliveryProvider>();
        AddProvider<WaveProvider>(services, WaveProvider.ClientName, settings.Wave?.BaseUrl, settings);
        AddProvider<OrangeMoneyProvider>(services, OrangeMoneyProvider.ClientName, settings.OrangeMoney?.BaseUrl, settings);
        AddProvider<CardProvider>(services, CardProvider.ClientName, settings.Card?.BaseUrl, settings);
        services.AddSingleton<PaymentProviders>();
        services.AddSingleton<PaymentLinks>();
    }

    public static void Register(EngineBuilder engine)
    {
        engine.Document<Payment>(payment => payment.Index(p => p.OrderId).Index(p => p.ProviderTokenHash));
        var f = engine.Functions;
        f.Action(Api.Payments.StartPayment, AccessRule.Authenticated, StartPayment.HandleAsync);
        f.Mutation<OrderIdArgs, PaymentAttempt>("payments:openAttempt", AccessRule.Internal, PaymentAttempts.OpenAsync);
        f.Mutation<RecordCheckoutArgs, bool>("payments:recordCheckout", AccessRule.Internal, PaymentAttempts.RecordCheckoutAsync);
        f.Mutation<RecordFailureArgs, bool>("payments:recordFailure", AccessRule.Internal, PaymentAttempts.RecordFailureAsync);
        f.Mutation<ProviderNotification, NotificationOutcome>("payments:applyNotification", AccessRule.Internal, PaymentNotifications.ApplyAsync);
        f.Query(Api.Payments.GetOrderPayments, AccessRule.Authenticated, GetOrderPayments.HandleAsync);
        f.Action(Api.Payments.RefundPayment, OrderAccess.Staff, PaymentRefunds.HandleAsync);
        f.Query<RefundPaymentArgs, RefundRequest>("payments:refundTarget", AccessRule.Internal, PaymentRefunds.TargetAsync);
        f.Mutation<RefundPaymentArgs, PaymentSummary>("payments:recordRefund", AccessRule.Internal, PaymentRefunds.RecordAsync);
    }

    public static void MapShopPayments(this WebApplication app) => PaymentEndpoints.Map(app);

    private static void AddProvider<TProvider>(IServiceCollection services, string name, Uri? baseUrl, PaymentSettings settings)
        where TProvider : class, IPaymentProvider
    {
        if (baseUrl is null)
        {
            return;
        }

        services.AddSingleton<IPaymentProvider, TProvider>();
        services.AddHttpClient(name, client => client.BaseAddress = baseUrl).AddResilienceHandler(name, pipeline => pipeline
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(settings.Retries, 1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(200),
            })
            .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = 0.5,
                MinimumThroughput = settings.CircuitMinimumThroughput,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = settings.CircuitBreakDuration,
            })
            .AddTimeout(settings.AttemptTimeout));
    }
}
