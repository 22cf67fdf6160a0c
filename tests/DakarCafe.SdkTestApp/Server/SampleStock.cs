using DakarCafe.Auth;
using DakarCafe.Engine;
using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.Protocol;
using DakarCafe.SdkTestApp.Schema;
using Polly;
using Polly.Retry;

namespace DakarCafe.SdkTestApp.Server;

/// <summary>
/// Stocks an empty stockroom once it serves: items on two shelves (through an internal mutation, as any write goes)
/// and the accounts the SDK's tests sign in with. Items already there are left alone; so are accounts.
/// </summary>
internal sealed class SampleStock(EngineReadiness readiness, IFunctionCaller functions, AccountStore accounts) : BackgroundService
{
    /// <summary>The accounts, by email: one of staff (role admin), two shoppers.</summary>
    public static readonly (string Email, string Password, string Name, string Role)[] Accounts =
    [
        ("staff@stockroom.test", "Staff-Stockroom-2026", "Stockroom Staff", "admin"),
        ("ada@stockroom.test", "Ada-Stockroom-2026", "Ada", "user"),
        ("bo@stockroom.test", "Bo-Stockroom-2026", "Bo", "user"),
    ];

    private const string Load = "sample:load";

    /// <summary>A server started with tight limits (the SDK's overload test) may refuse a write for a moment: try again.</summary>
    private static readonly ResiliencePipeline WhileBusy = new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
    {
        ShouldHandle = new PredicateBuilder().Handle<AppError>(e => e.Code is ErrorCodes.Overloaded or ErrorCodes.RateLimited),
        BackoffType = DelayBackoffType.Constant,
        Delay = TimeSpan.FromMilliseconds(250),
        MaxRetryAttempts = 100,
    }).Build();

    public static void Register(EngineBuilder engine) =>
        engine.Functions.Mutation<NoArgs, bool>(Load, AccessRule.Internal, async (ctx, _, ct) =>
        {
            if (await ctx.CountAsync<Item>(items => items, ct) > 0)
            {
                return false;
            }

            foreach (var (shelf, names, stock) in Shelves)
            {
                foreach (var name in names)
                {
                    ctx.Store(new Item(Guid.NewGuid(), name, shelf, stock));
                }
            }

            return true;
        });

    private static readonly (string Shelf, string[] Names, int Stock)[] Shelves =
    [
        ("beans", ["Arabica Casamance", "Cafe Touba", "Ethiopia Sidamo", "Guji Natural", "House Blend", "Kenya AA", "Robusta Kivu", "Santos Brazil", "Yirgacheffe"], 100),
        ("mugs", ["Baobab Mug", "Enamel Cup", "Espresso Cup", "Glass Tumbler", "Travel Mug"], 40),
    ];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.Serving.WaitAsync(stoppingToken);
        await WhileBusy.ExecuteAsync(async ct => await functions.MutateAsync<bool>(Load, new NoArgs(), CallerIdentity.Anonymous, ct), stoppingToken);
        foreach (var (email, password, name, role) in Accounts)
        {
            await WhileBusy.ExecuteAsync(async ct =>
            {
                try
                {
                    await accounts.SignUpAsync(email, password, name, ct);
                }
                catch (AppError taken) when (taken.Code == AuthErrorCodes.EmailTaken)
                {
                    // Made by an earlier start over the same data.
                }

                await accounts.SetRoleAsync(email, role, ct);
            }, stoppingToken);
        }
    }
}
