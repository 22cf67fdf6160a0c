namespace DakarCafe.Schema.Users;

/// <summary>Arguments of <c>users:updatePreferences</c>.</summary>
/// <param name="Preferences">The new preferences.</param>
public sealed record UpdatePreferencesArgs(UserPreferences Preferences);
