namespace DakarCafe.Schema.Users;

/// <summary>The languages of the shop.</summary>
public enum Language
{
    /// <summary>French.</summary>
    Fr,

    /// <summary>English.</summary>
    En,
}
