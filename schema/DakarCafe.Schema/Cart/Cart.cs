namespace DakarCafe.Schema.Cart;

/// <summary>A user's cart: the seed's <c>cart</c> table, one per user (its id is the user's id), shared by all the user's devices.</summary>
/// <param name="Id">The user id.</param>
/// <param name="UserId">The user id (as in the seed).</param>
/// <param name="Items">What is in it.</param>
/// <param name="UpdatedAt">When it last changed (UTC).</param>
public sealed record Cart(Guid Id, Guid UserId, IReadOnlyList<CartItem> Items, DateTimeOffset UpdatedAt);

/// <summary>A product in a cart.</summary>
/// <param name="ProductId">The product.</param>
/// <param name="Quantity">How many (positive).</param>
/// <param name="AddedAt">When it was first added (UTC).</param>
/// <param name="PriceWhenAdded">The unit price when added, to flag a change since.</param>
public sealed record CartItem(Guid ProductId, int Quantity, DateTimeOffset AddedAt, long PriceWhenAdded);
