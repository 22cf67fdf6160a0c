using DakarCafe.Engine.Errors;

namespace DakarCafe.Server.Reviews;

/// <summary>What a review may say: 1 to 5 whole stars, a short title, a comment, a few photos.</summary>
internal static class ReviewRules
{
    public const int MaxTitleLength = 120;
    public const int MaxCommentLength = 2000;
    public const int MaxImages = 5;
    public const int MaxImageIdLength = 200;

    public static int Rating(int rating) =>
        rating is >= 1 and <= 5 ? rating : throw AppError.Validation("rating", "The rating is a whole number of stars from 1 to 5.");

    public static string? Title(string? title) => FreeText.Optional(title, "title", MaxTitleLength);

    public static string? Comment(string? comment) => FreeText.Optional(comment, "comment", MaxCommentLength);

    public static IReadOnlyList<string> Images(IReadOnlyList<string>? images)
    {
        var ids = (images ?? []).Select(id => id?.Trim()).ToList();
        if (ids.Count > MaxImages)
        {
            throw AppError.Validation("images", $"A review has at most {MaxImages} images.");
        }

        return ids.Any(id => string.IsNullOrEmpty(id) || id.Length > MaxImageIdLength)
            ? throw AppError.Validation("images", "An image is given by its storage id.")
            : [.. ids.Select(id => id!).Distinct()];
    }
}
