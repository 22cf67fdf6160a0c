namespace DakarCafe.SdkTestApp.Schema;

/// <summary>An item on a shelf.</summary>
/// <param name="Id">The item's id.</param>
/// <param name="Name">Its name, unique.</param>
/// <param name="Shelf">The shelf it is on, such as "beans" or "mugs".</param>
/// <param name="Stock">How many are left.</param>
public sealed record Item(Guid Id, string Name, string Shelf, int Stock);

/// <summary>Which items to list.</summary>
/// <param name="Shelf">Only this shelf's; null: every shelf's.</param>
/// <param name="Cursor">Where the page starts: the previous page's <see cref="ItemPage.NextCursor"/>; null: the first page.</param>
/// <param name="Limit">At most this many (1 to 100; 20 when null).</param>
public sealed record ListItemsArgs(string? Shelf = null, string? Cursor = null, int? Limit = null);

/// <summary>A page of items.</summary>
/// <param name="Items">The items, by name.</param>
/// <param name="Total">How many items match, over all pages.</param>
/// <param name="NextCursor">Where the next page starts; null on the last page.</param>
public sealed record ItemPage(IReadOnlyList<Item> Items, int Total, string? NextCursor);

/// <summary>An item to read.</summary>
/// <param name="Id">The item's id.</param>
public sealed record GetItemArgs(Guid Id);

/// <summary>An item whose stock to follow.</summary>
/// <param name="ItemId">The item's id.</param>
public sealed record ItemStockArgs(Guid ItemId);

/// <summary>How many of an item are left.</summary>
/// <param name="ItemId">The item's id.</param>
/// <param name="Stock">How many are left.</param>
public sealed record ItemStock(Guid ItemId, int Stock);

/// <summary>A change of an item's stock.</summary>
/// <param name="ItemId">The item's id.</param>
/// <param name="Delta">How many to add (negative: to take away); the stock stays 0 to 100,000.</param>
public sealed record RestockArgs(Guid ItemId, int Delta);

/// <summary>Which items count as running low.</summary>
/// <param name="Below">Those with fewer than this many left.</param>
public sealed record LowStockArgs(int Below = 10);
