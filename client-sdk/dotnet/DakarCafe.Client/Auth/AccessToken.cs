namespace DakarCafe.Client.Auth;

/// <summary>An access token and when it expires (UTC); the client hands a fresh one to the live connection before then.</summary>
/// <param name="Value">The token.</param>
/// <param name="ExpiresAt">When it expires; null when unknown (it is then never refreshed ahead of time).</param>
public sealed record AccessToken(string Value, DateTimeOffset? ExpiresAt = null);
