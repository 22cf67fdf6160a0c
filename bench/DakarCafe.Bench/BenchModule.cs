using DakarCafe.Engine;
using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;

namespace DakarCafe.Bench;

/// <summary>
/// The product a fan-out benchmark watches, with a realistic size, and its functions: one product by id (a keyed read),
/// the cheapest products up to a price (a range read), and a price change.
/// </summary>
internal static class BenchModule
{
    public static void Register(EngineBuilder engine)
    {
        engine.Document<BenchProduct>();
        (engine.Limits.MutationBurst, engine.Limits.SubscriptionBurst, engine.Limits.QueryBurst, engine.Limits.MaxSubscriptionsPerConnection) =
            (1_000_000, 1_000_000, 1_000_000, 1_000_000);
        engine.Functions.Query<BenchProductId, BenchProduct?>("products:get", AccessRule.Public, (ctx, args, ct) => ctx.LoadAsync<BenchProduct>(args.Id, ct));
        engine.Functions.Query<BenchPriceLimit, IReadOnlyList<BenchProduct>>("products:priceUpTo", AccessRule.Public,
            (ctx, args, ct) => ctx.ListAsync<BenchProduct>(q => q.Where(p => p.Price <= args.Max).OrderBy(p => p.Price).Take(10), ct));
        engine.Functions.Mutation<BenchPrice, long>("products:setPrice", AccessRule.Public, async (ctx, args, ct) =>
        {
            var product = await ctx.LoadAsync<BenchProduct>(args.Id, ct) ?? new BenchProduct(args.Id, "Ristretto Intenso", "Capsules of dark roast, intensity 12, for Original machines.", "capsules", 0, 250);
            ctx.Store(product with { Price = args.Price });
            return args.Price >= 0 ? args.Price : throw AppError.Validation("price", "negative");
        });
    }
}

internal sealed record BenchProduct(Guid Id, string Name, string Description, string Category, long Price, int Stock);

internal sealed record BenchProductId(Guid Id);

internal sealed record BenchPrice(Guid Id, long Price);

internal sealed record BenchPriceLimit(long Max);
