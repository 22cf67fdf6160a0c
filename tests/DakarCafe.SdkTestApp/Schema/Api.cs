using DakarCafe.Protocol;

namespace DakarCafe.SdkTestApp.Schema;

/// <summary>
/// The stockroom: the small app the TypeScript SDK is tested against (not the shop: the SDK knows no app). Each
/// function stands for a kind of call an app makes: a public paginated list, a per-user document kept in sync
/// across devices, a staff-only mutation and query, an action, and who the caller is.
/// </summary>
public static class Api
{
    /// <summary>The items on the shelves.</summary>
    public static class Items
    {
        /// <summary><c>items:list</c>: items by name, on one shelf or all, a page at a time.</summary>
        public static QueryReference<ListItemsArgs, ItemPage> List { get; } = new("items:list");

        /// <summary><c>items:get</c>: one item.</summary>
        public static QueryReference<GetItemArgs, Item> Get { get; } = new("items:get");

        /// <summary><c>items:stock</c>: how many of an item are left, live.</summary>
        public static QueryReference<ItemStockArgs, ItemStock> Stock { get; } = new("items:stock");

        /// <summary><c>items:restock</c>: adds to (or takes from) an item's stock (staff).</summary>
        public static MutationReference<RestockArgs, Item> Restock { get; } = new("items:restock");

        /// <summary><c>items:lowStock</c>: the items running low (staff).</summary>
        public static QueryReference<LowStockArgs, IReadOnlyList<Item>> LowStock { get; } = new("items:lowStock");
    }

    /// <summary>The signed-in caller's basket, one per user across their devices.</summary>
    public static class Basket
    {
        /// <summary><c>basket:get</c>: the caller's basket.</summary>
        public static QueryReference<NoArgs, BasketView> Get { get; } = new("basket:get");

        /// <summary><c>basket:add</c>: puts items in the caller's basket.</summary>
        public static MutationReference<AddToBasketArgs, BasketView> Add { get; } = new("basket:add");

        /// <summary><c>basket:clear</c>: empties the caller's basket.</summary>
        public static MutationReference<NoArgs, BasketView> Clear { get; } = new("basket:clear");
    }

    /// <summary>Who is calling.</summary>
    public static class Users
    {
        /// <summary><c>users:me</c>: the signed-in caller.</summary>
        public static QueryReference<NoArgs, Caller> Me { get; } = new("users:me");
    }

    /// <summary>What clients report.</summary>
    public static class Events
    {
        /// <summary><c>events:track</c>: records that something happened (an action: it may call out of the database).</summary>
        public static ActionReference<TrackArgs, bool> Track { get; } = new("events:track");
    }
}
