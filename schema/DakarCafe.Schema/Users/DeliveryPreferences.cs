namespace DakarCafe.Schema.Users;

/// <summary>How a user likes deliveries.</summary>
/// <param name="PreferredTime">morning, afternoon, evening or any.</param>
/// <param name="SpecialInstructions">Free text for the courier.</param>
public sealed record DeliveryPreferences(string PreferredTime, string? SpecialInstructions);
