using DakarCafe.Engine;
using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.SdkTestApp.Schema;

namespace DakarCafe.SdkTestApp.Server;

/// <summary>Each signed-in user's basket, one document per user: every device of theirs sees the same one.</summary>
internal static class BasketModule
{
    public const int MaxPerLine = 999;

    public static void Register(EngineBuilder engine)
    {
        engine.Document<StoredBasket>();
        var f = engine.Functions;
        f.Query(Api.Basket.Get, AccessRule.Authenticated, async (ctx, _, ct) => View(await LoadAsync(ctx, ct)));
        f.Mutation(Api.Basket.Add, AccessRule.Authenticated, AddAsync);
        f.Mutation(Api.Basket.Clear, AccessRule.Authenticated, (ctx, _, _) =>
        {
            var empty = new StoredBasket(ctx.Identity.UserId!, []);
            ctx.Store(empty);
            return Task.FromResult(View(empty));
        });
    }

    private static async Task<BasketView> AddAsync(MutationContext ctx, AddToBasketArgs args, CancellationToken ct)
    {
        if (args.Quantity < 1)
        {
            throw AppError.Validation("quantity", "Add at least one.");
        }

        _ = await ItemsModule.LoadAsync(ctx, args.ItemId, ct);
        var basket = await LoadAsync(ctx, ct);
        var held = basket.Lines.FirstOrDefault(l => l.ItemId == args.ItemId)?.Quantity ?? 0;
        if ((long)held + args.Quantity > MaxPerLine)
        {
            throw new AppError(StockroomErrorCodes.LineTooLarge, $"A line holds at most {MaxPerLine}.", new { field = "quantity" });
        }

        var lines = held == 0
            ? [.. basket.Lines, new BasketLine(args.ItemId, args.Quantity)]
            : basket.Lines.Select(l => l.ItemId == args.ItemId ? l with { Quantity = held + args.Quantity } : l).ToList();
        var updated = basket with { Lines = lines };
        ctx.Store(updated);
        return View(updated);
    }

    private static async Task<StoredBasket> LoadAsync(QueryContext ctx, CancellationToken ct)
    {
        var owner = ctx.Identity.UserId!;
        return await ctx.LoadAsync<StoredBasket>(owner, ct) ?? new StoredBasket(owner, []);
    }

    private static BasketView View(StoredBasket basket) => new(basket.Lines, basket.Lines.Sum(l => l.Quantity));
}

/// <summary>A user's basket as stored: its id is the user's.</summary>
internal sealed record StoredBasket(string Id, IReadOnlyList<BasketLine> Lines);
