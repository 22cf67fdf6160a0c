namespace DakarCafe.Schema.Analytics;

/// <summary>How often a product's page was viewed (<c>product_viewed</c> events with a <c>productId</c>).</summary>
/// <param name="ProductId">The product.</param>
/// <param name="Name">Its name, if it still exists.</param>
/// <param name="Views">How many views.</param>
public sealed record ProductViews(Guid ProductId, string? Name, long Views);
