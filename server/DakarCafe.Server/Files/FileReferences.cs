using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Files;
using DakarCafe.Engine.Functions;
using DakarCafe.Schema.Files;

namespace DakarCafe.Server.Files;

/// <summary>
/// Storage ids a document is given: each must be a file uploaded for that purpose; a customer's (avatar, review
/// photos) must be their own upload, the shop's (product and category images) any staff upload.
/// </summary>
internal static class FileReferences
{
    /// <summary>The caller's own uploads, normalised; a wrong one is a validation error on <c>{field}[i]</c>.</summary>
    public static Task<IReadOnlyList<string>> OwnAsync(QueryContext ctx, IReadOnlyList<string> ids, UploadPurpose purpose, string field, CancellationToken ct) =>
        CheckAsync(ctx, ids, purpose, i => $"{field}[{i}]", ownOnly: true, ct);

    /// <summary>The caller's own upload, normalised; a wrong one is a validation error on <paramref name="field"/>.</summary>
    public static async Task<string> OwnAsync(QueryContext ctx, string id, UploadPurpose purpose, string field, CancellationToken ct) =>
        (await CheckAsync(ctx, [id], purpose, _ => field, ownOnly: true, ct))[0];

    /// <summary>Files uploaded for the purpose by anyone allowed to (staff, for the shop's images), normalised.</summary>
    public static Task<IReadOnlyList<string>> UploadedForAsync(QueryContext ctx, IReadOnlyList<string> ids, UploadPurpose purpose, string field,
        CancellationToken ct) =>
        CheckAsync(ctx, ids, purpose, i => $"{field}[{i}]", ownOnly: false, ct);

    /// <summary>A file uploaded for the purpose by anyone allowed to, normalised; null stays null.</summary>
    public static async Task<string?> UploadedForAsync(QueryContext ctx, string? id, UploadPurpose purpose, string field, CancellationToken ct) =>
        id is null ? null : (await CheckAsync(ctx, [id], purpose, _ => field, ownOnly: false, ct))[0];

    private static async Task<IReadOnlyList<string>> CheckAsync(QueryContext ctx, IReadOnlyList<string> ids, UploadPurpose purpose, Func<int, string> fieldOf,
        bool ownOnly, CancellationToken ct)
    {
        var storageIds = ids.Select(id => Guid.TryParse(id, out var storageId) ? storageId : Guid.Empty).ToList();
        var files = (await ctx.LoadManyAsync<StoredFile>([.. storageIds.Where(id => id != Guid.Empty).Distinct()], ct)).ToDictionary(f => f.Id);
        foreach (var (id, i) in storageIds.Select((id, i) => (id, i)))
        {
            if (!files.TryGetValue(id, out var file) || (ownOnly && file.OwnerId != ctx.Identity.UserId) || file.Purpose != purpose.ToString())
            {
                throw AppError.Validation(fieldOf(i), "Not a file you uploaded for this: upload it through files:generateUploadUrl first.");
            }
        }

        return [.. storageIds.Select(id => id.ToString())];
    }
}
