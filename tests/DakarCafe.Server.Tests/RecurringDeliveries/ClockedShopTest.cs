using DakarCafe.Engine.Functions;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Orders;
using DakarCafe.Schema.RecurringDeliveries;
using DakarCafe.Server.Tests.Orders;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DakarCafe.Server.Tests.RecurringDeliveries;

/// <summary>
/// A shop on a fake clock whose scheduler never ticks by itself: the clock starts on Monday 5 January 2026 at noon UTC,
/// whatever the real time, and the test moves it a day at a time, running what is due. Calls go through the server's
/// own function caller as the customer, since a year of fake time outlives any access token.
/// </summary>
public abstract class ClockedShopTest(PostgresServer postgres) : ShopTest(postgres)
{
    /// <summary>When every clocked test starts: a Monday at noon UTC, after that day's 09:00 deliveries.</summary>
    protected static readonly DateTimeOffset StartsAt = new(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Minutes a day the test ticks through after its main tick: failed jobs are retried after 10 s, 20 s, 40 s….</summary>
    private static readonly TimeSpan RetryWindow = TimeSpan.FromMinutes(10);

    protected FakeTimeProvider Clock { get; } = new(StartsAt);

    protected override IReadOnlyDictionary<string, string?> ServerSettings { get; } = new Dictionary<string, string?>
    {
        ["Engine:Limits:SchedulerInterval"] = "3650.00:00:00",
    };

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);

    /// <summary>A day at <paramref name="hour"/> UTC (Dakar time), 09:00 unless said.</summary>
    protected static DateTimeOffset On(int year, int month, int day, int hour = 9) => new(year, month, day, hour, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Moves the clock on a day at a time (to noon), running what is due at each day's tick, then once a minute for ten
    /// minutes, as the scheduler would: a job that failed once (a conflict on a busy machine) is retried the same day.
    /// </summary>
    protected async Task<int> LiveDaysAsync(int days)
    {
        var ran = 0;
        for (var i = 0; i < days; i++)
        {
            Clock.Advance(TimeSpan.FromDays(1) - RetryWindow);
            ran += await Server.RunDueJobsAsync(Within());
            for (var minute = 0; minute < RetryWindow.TotalMinutes; minute++)
            {
                Clock.Advance(TimeSpan.FromMinutes(1));
                ran += await Server.RunDueJobsAsync(Within());
            }
        }

        return ran;
    }

    /// <summary>A customer's identity, to call functions as them through the server's caller.</summary>
    protected async Task<CallerIdentity> CustomerAsync()
    {
        var client = await ConnectAsync(await SignInAsAsync("user"));
        var user = (await client.QueryAsync(Api.Users.GetCurrentUser, new NoArgs(), Within()))!;
        return new CallerIdentity(user.Id.ToString(), user.Email, new HashSet<string> { "user" });
    }

    protected Task<TResult> MutateAsync<TArgs, TResult>(CallerIdentity who, MutationReference<TArgs, TResult> function, TArgs args) where TArgs : notnull =>
        Server.Services.GetRequiredService<IFunctionCaller>().MutateAsync<TResult>(function.Name, args, who, Within());

    protected Task<TResult> QueryAsync<TArgs, TResult>(CallerIdentity who, QueryReference<TArgs, TResult> function, TArgs args) where TArgs : notnull =>
        Server.Services.GetRequiredService<IFunctionCaller>().QueryAsync<TResult>(function.Name, args, who, Within());

    protected async Task<Guid> ProductAsync(string name, long price, int stock)
    {
        var admin = new CallerIdentity(Guid.NewGuid().ToString(), "admin@example.sn", new HashSet<string> { "admin" });
        return await MutateAsync(admin, Api.Products.Create, TestProducts.Capsule(name, price, stock: stock));
    }

    protected Task<RecurringDelivery> StartRecurringDeliveryAsync(CallerIdentity who, string name, DeliveryFrequency frequency, DateTimeOffset first,
        PlanType plan = PlanType.Basic, params (Guid Product, int Quantity)[] products) =>
        MutateAsync(who, Api.RecurringDeliveries.CreateRecurringDelivery, new CreateRecurringDeliveryArgs(name, plan,
            [.. products.Select(p => new RecurringDeliveryProduct(p.Product, p.Quantity))], frequency, first, TestOrders.Dakar(), PaymentMethod.CashOnDelivery));

    /// <summary>The orders a recurring delivery placed, oldest first.</summary>
    protected async Task<IReadOnlyList<Order>> OrdersOfAsync(RecurringDelivery recurring)
    {
        await using var session = Server.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var orders = await session.Query<Order>().Where(o => o.UserId == recurring.UserId).OrderBy(o => o.CreatedAt).ToListAsync(Within());
        return [.. orders.Where(o => o.Notes == $"Livraison récurrente « {recurring.Name} »")];
    }
}
