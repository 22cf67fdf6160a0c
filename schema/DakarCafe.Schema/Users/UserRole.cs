namespace DakarCafe.Schema.Users;

/// <summary>What a user may do beyond shopping.</summary>
public enum UserRole
{
    /// <summary>A shopper.</summary>
    User,

    /// <summary>Manages the catalog, orders and users.</summary>
    Admin,

    /// <summary>Moderates reviews.</summary>
    Moderator,
}
