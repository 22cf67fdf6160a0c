namespace DakarCafe.SdkTestApp.Schema;

/// <summary>The caller.</summary>
/// <param name="UserId">Their user id.</param>
/// <param name="Email">Their email, when their token carries it.</param>
/// <param name="Roles">Their roles.</param>
public sealed record Caller(string UserId, string? Email, IReadOnlyList<string> Roles);

/// <summary>Something that happened on a client.</summary>
/// <param name="Event">What, such as "opened_basket" (1 to 64 characters).</param>
public sealed record TrackArgs(string Event);
