namespace DakarCafe.SdkTestApp.Schema;

/// <summary>A signed-in user's basket.</summary>
/// <param name="Lines">What is in it, in the order it was first added.</param>
/// <param name="ItemCount">How many items in all.</param>
public sealed record BasketView(IReadOnlyList<BasketLine> Lines, int ItemCount);

/// <summary>An item in a basket.</summary>
/// <param name="ItemId">The item's id.</param>
/// <param name="Quantity">How many.</param>
public sealed record BasketLine(Guid ItemId, int Quantity);

/// <summary>Items to put in the basket.</summary>
/// <param name="ItemId">The item's id.</param>
/// <param name="Quantity">How many (1 or more; a line holds at most 999).</param>
public sealed record AddToBasketArgs(Guid ItemId, int Quantity);
