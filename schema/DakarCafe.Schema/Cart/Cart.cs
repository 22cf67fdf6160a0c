namespace DakarCafe.Schema.Cart;

/// <summary>A user's cart: the seed's <c>cart</c> table, one per user (its id is the user's id), shared by all the user's devices.</summary>
/// <param name="Id">The user id.</param>
/// <param name="UserId">The user id (as in the seed).</param>
/// <param name="Items">What is in it.</param>
/// <param name="UpdatedAt">When it last changed (UTC).</param>
public sealed record Cart(Guid Id, Guid UserId, IReadOnlyList<CartItem> Items, DateTimeOffset UpdatedAt);
