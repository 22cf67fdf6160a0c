using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using Marten;

namespace DakarCafe.Engine.TestNode.Domain;

/// <summary>The functions the engine tests run: counters, items in categories, and functions that fail on purpose.</summary>
public static class TestModule
{
    public static void Register(EngineBuilder engine)
    {
        engine.Document<Counter>().Document<Item>(item => item.Index(i => i.Category)).Document<Blob>();
        var f = engine.Functions;

        f.Query<CounterId, Counter?>("counters:get", AccessRule.Public, (ctx, args, ct) => ctx.LoadAsync<Counter>(args.Id, ct));
        f.Mutation<CounterId, long>("counters:increment", AccessRule.Public, async (ctx, args, ct) =>
        {
            var counter = await ctx.LoadAsync<Counter>(args.Id, ct) ?? new Counter(args.Id, 0);
            ctx.Store(counter with { Value = counter.Value + 1 });
            return counter.Value + 1;
        });
        f.Mutation<CounterId, long>("counters:slowIncrement", AccessRule.Public, async (ctx, args, ct) =>
        {
            // Reads, then takes long enough for a busy writer of the same counter to commit under it every time.
            var counter = await ctx.LoadAsync<Counter>(args.Id, ct) ?? new Counter(args.Id, 0);
            await Task.Delay(TimeSpan.FromMilliseconds(100), ct);
            ctx.Store(counter with { Value = counter.Value + 1 });
            return counter.Value + 1;
        });
        f.Mutation<CounterIds, bool>("counters:claimIfBothFree", AccessRule.Public, async (ctx, args, ct) =>
        {
            // Reads both slots, writes only the first: two of these crossing is the classic write skew.
            var mine = await ctx.LoadAsync<Counter>(args.First, ct);
            var theirs = await ctx.LoadAsync<Counter>(args.Second, ct);
            if ((mine?.Value ?? 0) + (theirs?.Value ?? 0) > 0)
            {
                return false;
            }

            ctx.Store(new Counter(args.First, 1));
            return true;
        });
        f.Mutation<CounterId, long>("counters:patchIncrement", AccessRule.Public, (ctx, args, _) =>
        {
            ctx.Patch<Counter>(args.Id).Increment(c => c.Value);
            return Task.FromResult(0L);
        });
        f.Mutation<CounterId, bool>("counters:delete", AccessRule.Public, (ctx, args, _) =>
        {
            ctx.Delete<Counter>(args.Id);
            return Task.FromResult(true);
        });
        f.Mutation<NoArgs, int>("items:readAll", AccessRule.Public, async (ctx, _, ct) => (await ctx.ListAsync<Item>(q => q, ct)).Count);
        f.Action<CounterId, long>("counters:incrementTwiceAction", AccessRule.Public, async (ctx, args, ct) =>
        {
            await ctx.RunMutationAsync<long>("counters:increment", args, ct);
            await ctx.RunMutationAsync<long>("counters:increment", args, ct);
            return (await ctx.RunQueryAsync<Counter>("counters:get", args, ct)).Value;
        });
        f.Mutation<CounterIds, long>("counters:incrementBoth", AccessRule.Public, async (ctx, args, ct) =>
        {
            var first = await ctx.LoadAsync<Counter>(args.First, ct) ?? new Counter(args.First, 0);
            var second = await ctx.LoadAsync<Counter>(args.Second, ct) ?? new Counter(args.Second, 0);
            ctx.Store(first with { Value = first.Value + 1 });
            ctx.Store(second with { Value = second.Value + 1 });
            return first.Value + 1;
        });

        f.Query<CategoryArgs, IReadOnlyList<Item>>("items:inCategory", AccessRule.Public,
            (ctx, args, ct) => ctx.ListAsync<Item>(q => q.Where(i => i.Category == args.Category).OrderBy(i => i.Name), ct));
        f.Query<CategoryArgs, IReadOnlyList<string>>("items:namesInCategory", AccessRule.Public, async (ctx, args, ct) =>
            (await ctx.ListAsync<Item>(q => q.Where(i => i.Category == args.Category).OrderBy(i => i.Name), ct)).Select(i => i.Name).ToList());
        f.Query<CategoryArgs, int>("items:countInCategory", AccessRule.Public,
            (ctx, args, ct) => ctx.CountAsync<Item>(q => q.Where(i => i.Category == args.Category), ct));
        f.Query<SearchArgs, IReadOnlyList<Item>>("items:search", AccessRule.Public, (ctx, args, ct) => ctx.ListAsync<Item>(q =>
        {
            var query = q.Where(i => i.Category == args.Category);
            if (args.PriceRange is { } range)
            {
                query = query.Where(i => i.Price >= range.Min && i.Price <= range.Max);
            }

            return query.OrderBy(i => i.Price).Take(args.Limit ?? 100);
        }, ct));
        f.Query<PriceRange, IReadOnlyList<Item>>("items:inPriceRange", AccessRule.Public,
            (ctx, args, ct) => ctx.ListAsync<Item>(q => q.Where(i => i.Price >= args.Min && i.Price <= args.Max).OrderBy(i => i.Price), ct));
        f.Query<PriceLimit, IReadOnlyList<Item>>("items:cheaperThan", AccessRule.Public,
            (ctx, args, ct) => ctx.ListAsync<Item>(q => q.Where(i => i.Price < args.Price).OrderBy(i => i.Price), ct));
        f.Query<PriceLimit, IReadOnlyList<Item>>("items:dearerThan", AccessRule.Public,
            (ctx, args, ct) => ctx.ListAsync<Item>(q => q.Where(i => args.Price < i.Price).OrderBy(i => i.Price), ct));
        f.Query<ItemId, Item?>("items:get", AccessRule.Public, (ctx, args, ct) => ctx.LoadAsync<Item>(args.Id, ct));
        f.Query<NoArgs, long>("items:totalPrice", AccessRule.Public, async (ctx, _, ct) => (await ctx.ListAsync<Item>(q => q, ct)).Sum(i => i.Price));

        f.Mutation<NewItem, Guid>("items:create", AccessRule.Public, (ctx, args, _) =>
        {
            ctx.Store(new Item(args.Id, args.Category, args.Name, args.Price));
            return Task.FromResult(args.Id);
        });
        f.Mutation<PriceChange, long>("items:setPrice", AccessRule.Public, (ctx, args, ct) => Change(ctx, args.Id, i => i with { Price = args.Price }, ct));
        f.Mutation<CategoryChange, long>("items:move", AccessRule.Public, (ctx, args, ct) => Change(ctx, args.Id, i => i with { Category = args.Category }, ct));
        f.Mutation<NoteChange, long>("items:setNote", AccessRule.Public, (ctx, args, ct) => Change(ctx, args.Id, i => i with { Note = args.Note }, ct));

        f.Query<Failure, int>("failing:query", AccessRule.Public, (_, args, _) => throw new AppError(args.Code, args.Message, new { hint = "data" }));
        f.Query<NoArgs, int>("failing:slow", AccessRule.Public, async (_, _, ct) =>
        {
            await Task.Delay(TimeSpan.FromMinutes(1), ct);
            return 0;
        });
        f.Query<NoArgs, int>("failing:crash", AccessRule.Public, (_, _, _) => throw new InvalidOperationException("secret stack detail"));
        f.Mutation<CounterId, long>("failing:writeThenThrow", AccessRule.Public, (ctx, args, _) =>
        {
            ctx.Store(new Counter(args.Id, 999));
            throw new AppError("NOPE", "refused after writing");
        });
        f.Query<NoArgs, int>("failing:inTheDatabase", AccessRule.Public, async (ctx, _, ct) =>
            await ctx.CountAsync<Item>(q => q, ct) == 0
                ? 0
                : await ctx.CountAsync<Item>(q => q.Where(i => i.PlainTextSearch("coffee", "no_such_text_search_config")), ct));
        f.Mutation<NewItem, long>("items:createAndCount", AccessRule.Public, async (ctx, args, ct) =>
        {
            ctx.Store(new Item(args.Id, args.Category, args.Name, args.Price));
            var counter = await ctx.LoadAsync<Counter>("items", ct) ?? new Counter("items", 0);
            ctx.Store(counter with { Value = counter.Value + 1 });
            return counter.Value + 1;
        });
        f.Query<CounterId, Blob?>("blobs:get", AccessRule.Public, (ctx, args, ct) => ctx.LoadAsync<Blob>(args.Id, ct));
        f.Mutation<BlobRewrite, long>("blobs:rewrite", AccessRule.Public, async (ctx, args, ct) =>
        {
            var version = ((await ctx.LoadAsync<Blob>(args.Id, ct))?.Version ?? 0) + 1;
            ctx.Store(new Blob(args.Id, version, new string((char)('a' + (version % 26)), args.Kilobytes * 1024)));
            return version;
        });
        f.Query<NoArgs, string>("identity:whoAmI", AccessRule.Public, (ctx, _, _) => Task.FromResult(ctx.Identity.Key));
        f.Query<NoArgs, int>("admin:secret", AccessRule.Admin, (_, _, _) => Task.FromResult(42));
        JobFunctions.Register(engine);
    }

    private static async Task<long> Change(MutationContext ctx, Guid id, Func<Item, Item> change, CancellationToken ct)
    {
        var item = await ctx.LoadAsync<Item>(id, ct) ?? throw new AppError("NOT_FOUND", $"No item {id}.");
        var changed = change(item);
        ctx.Store(changed);
        return changed.Price;
    }
}
