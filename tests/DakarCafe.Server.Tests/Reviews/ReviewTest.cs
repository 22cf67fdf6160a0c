using DakarCafe.Client;
using DakarCafe.Fixtures;
using DakarCafe.Schema;
using DakarCafe.Schema.Orders;
using DakarCafe.Schema.Products;
using DakarCafe.Schema.Reviews;
using DakarCafe.Server.Tests.Orders;

namespace DakarCafe.Server.Tests.Reviews;

/// <summary>A shop with staff, one capsule to review, and the steps a review needs: customers, orders delivered, reviews written.</summary>
public abstract class ReviewTest(PostgresServer postgres) : ShopTest(postgres)
{
    protected DakarCafeClient Staff { get; private set; } = null!;

    protected Guid Product { get; private set; }

    protected async Task OpenShopAsync()
    {
        Staff = await ConnectAsync(await SignInAsAsync("admin"));
        Product = await Staff.MutateAsync(Api.Products.Create, TestProducts.Capsule("Kenya", 4_000, stock: 500), Within());
    }

    protected async Task<DakarCafeClient> CustomerAsync() => await ConnectAsync(await SignInAsAsync("user"));

    protected Task<Review> ReviewAsync(DakarCafeClient author, int rating, string? title = null, Guid? product = null) =>
        author.MutateAsync(Api.Reviews.CreateReview, new CreateReviewArgs(product ?? Product, rating, title, "Bon café"), Within());

    /// <summary>The customer orders the product and staff deliver it.</summary>
    protected async Task<Order> DeliveredOrderAsync(DakarCafeClient customer)
    {
        var order = await customer.MutateAsync(Api.Orders.CreateOrder, TestOrders.Of((Product, 1)), Within());
        foreach (var (status, carrier, number) in new[]
        {
            (OrderStatus.Confirmed, (string?)null, (string?)null), (OrderStatus.Processing, null, null), (OrderStatus.Shipped, "DHL Sénégal", "DHL-1"),
            (OrderStatus.Delivered, null, null),
        })
        {
            order = await Staff.MutateAsync(Api.Orders.UpdateOrderStatus, new UpdateOrderStatusArgs(order.Id, status, carrier, number), Within());
        }

        return order;
    }

    protected async Task<Product> ProductAsync() => await Staff.QueryAsync(Api.Products.GetProduct, new GetProductArgs(Id: Product), Within());
}
