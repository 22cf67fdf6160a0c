namespace DakarCafe.Schema.Users;

/// <summary>The kind of an address.</summary>
public enum AddressType
{
    /// <summary>Where the user lives.</summary>
    Home,

    /// <summary>Where the user works.</summary>
    Work,

    /// <summary>Anywhere else.</summary>
    Other,
}
