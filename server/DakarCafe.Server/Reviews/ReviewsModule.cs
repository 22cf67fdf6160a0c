using DakarCafe.Engine;
using DakarCafe.Schema.Reviews;

namespace DakarCafe.Server.Reviews;

/// <summary>Reviews: the seed's <c>reviews</c> table with its indexes; its functions and the rating projection come next.</summary>
internal static class ReviewsModule
{
    public static void Register(EngineBuilder engine) => engine.Document<Review>(review => review.Index(r => r.ProductId).Index(r => r.UserId));
}
