using DakarCafe.Fixtures;
using DakarCafe.Schema;
using DakarCafe.Schema.Products;

namespace DakarCafe.Client.Tests.Sync;

public sealed class LiveQueryTests(PostgresServer postgres) : ShopTest(postgres)
{
    [Fact]
    public async Task An_async_stream_yields_the_current_value_then_each_change()
    {
        var admin = await ConnectAsync(await SignInAsAsync("admin"));
        var id = await admin.MutateAsync(Api.Products.Create, TestProducts.Capsule("Roma", 3_500), Within());
        var shopper = await ConnectAsync();
        var seen = new List<long>();

        await foreach (var info in shopper.Subscribe(Api.Products.SubscribeToProductChanges, new ProductIdArgs(id)).WithCancellation(Within()))
        {
            seen.Add(info.Price);
            if (seen.Count == 1)
            {
                await admin.MutateAsync(Api.Products.SetPrice, new SetPriceArgs(id, 3_900, null), Within());
            }
            else
            {
                break;
            }
        }

        seen.Should().Equal(3_500, 3_900);
    }

    [Fact]
    public async Task An_observer_gets_values_until_it_unsubscribes_and_the_query_is_shared_meanwhile()
    {
        var admin = await ConnectAsync(await SignInAsAsync("admin"));
        var id = await admin.MutateAsync(Api.Products.Create, TestProducts.Capsule("Roma", 3_500), Within());
        var shopper = await ConnectAsync();
        var held = await shopper.SubscribeAsync(Api.Products.SubscribeToProductChanges, new ProductIdArgs(id), Within());
        await held.ResultAsync(Within());
        var prices = new List<long>();
        var first = new TaskCompletionSource();

        using (shopper.Subscribe(Api.Products.SubscribeToProductChanges, new ProductIdArgs(id)).Subscribe(new Observer(info =>
        {
            lock (prices)
            {
                prices.Add(info.Price);
            }

            first.TrySetResult();
        })))
        {
            await first.Task.WaitAsync(Within());
            await admin.MutateAsync(Api.Products.SetPrice, new SetPriceArgs(id, 3_900, null), Within());
            await held.WaitForAsync(p => p.Price == 3_900, Within());
        }

        await admin.MutateAsync(Api.Products.SetPrice, new SetPriceArgs(id, 4_200, null), Within());
        await held.WaitForAsync(p => p.Price == 4_200, Within());

        lock (prices)
        {
            prices.Should().Equal(3_500, 3_900);
        }

        held.QueryId.Should().BeGreaterThan(0, "the held subscription still follows the query once the observer left");
    }

    [Fact]
    public async Task A_failing_query_ends_the_stream_with_its_error()
    {
        var shopper = await ConnectAsync();

        var following = async () =>
        {
            await foreach (var _ in shopper.Subscribe(Api.Products.GetProduct, new GetProductArgs(Id: Guid.NewGuid())).WithCancellation(Within()))
            {
            }
        };

        (await following.Should().ThrowAsync<DakarCafeException>()).Which.Code.Should().Be("NOT_FOUND");
    }

    private sealed class Observer(Action<ProductLiveInfo> next) : IObserver<ProductLiveInfo>
    {
        public void OnNext(ProductLiveInfo value) => next(value);

        public void OnError(Exception error) => throw error;

        public void OnCompleted()
        {
        }
    }
}
