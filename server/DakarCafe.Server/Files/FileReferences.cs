using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Files;
using DakarCafe.Engine.Functions;
using DakarCafe.Schema.Files;

namespace DakarCafe.Server.Files;

/// <summary>Storage ids a document is given: each must be a file the caller uploaded for that purpose, never someone else's.</summary>
internal static class FileReferences
{
    /// <summary>The ids, normalised; a wrong one is a validation error on <c>{field}[i]</c>.</summary>
    public static Task<IReadOnlyList<string>> OwnAsync(QueryContext ctx, IReadOnlyList<string> ids, UploadPurpose purpose, string field, CancellationToken ct) =>
        CheckAsync(ctx, ids, purpose, i => $"{field}[{i}]", ct);

    /// <summary>The id, normalised; a wrong one is a validation error on <paramref name="field"/>.</summary>
    public static async Task<string> OwnAsync(QueryContext ctx, string id, UploadPurpose purpose, string field, CancellationToken ct) =>
        (await CheckAsync(ctx, [id], purpose, _ => field, ct))[0];

    private static async Task<IReadOnlyList<string>> CheckAsync(QueryContext ctx, IReadOnlyList<string> ids, UploadPurpose purpose, Func<int, string> fieldOf,
        CancellationToken ct)
    {
        var storageIds = ids.Select(id => Guid.TryParse(id, out var storageId) ? storageId : Guid.Empty).ToList();
        var files = (await ctx.LoadManyAsync<StoredFile>([.. storageIds.Where(id => id != Guid.Empty).Distinct()], ct)).ToDictionary(f => f.Id);
        foreach (var (id, i) in storageIds.Select((id, i) => (id, i)))
        {
            if (!files.TryGetValue(id, out var file) || file.OwnerId != ctx.Identity.UserId || file.Purpose != purpose.ToString())
            {
                throw AppError.Validation(fieldOf(i), "Not a file you uploaded for this: upload it through files:generateUploadUrl first.");
            }
        }

        return [.. storageIds.Select(id => id.ToString())];
    }
}
