namespace DakarCafe.Schema.Reviews;

/// <summary>Arguments naming one review.</summary>
/// <param name="ReviewId">The review id.</param>
public sealed record ReviewIdArgs(Guid ReviewId);
