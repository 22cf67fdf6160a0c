using DakarCafe.Engine;
using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Files;
using DakarCafe.Engine.Functions;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Files;
using DakarCafe.Server.Orders;

namespace DakarCafe.Server.Files;

/// <summary>
/// The shop's uploads on the engine's file storage: who may upload what (staff for product and category images,
/// anyone signed in for their avatar and review photos), with the limits of each, and deleting one's files.
/// </summary>
internal static class FilesModule
{
    private static readonly string[] Images = [ContentSniffer.Jpeg, ContentSniffer.Png, ContentSniffer.Webp];

    /// <summary>How long an upload URL works.</summary>
    public static readonly TimeSpan UploadUrlLifetime = TimeSpan.FromMinutes(10);

    public static void Register(EngineBuilder engine)
    {
        engine.Functions.Mutation(Api.Files.GenerateUploadUrl, AccessRule.Authenticated, GenerateUploadUrlAsync);
        engine.Functions.Mutation(Api.Files.DeleteFile, AccessRule.Authenticated, DeleteAsync);
    }

    private static Task<FileUploadUrl> GenerateUploadUrlAsync(MutationContext ctx, GenerateUploadUrlArgs args, CancellationToken ct)
    {
        var (staffOnly, maxBytes) = args.Purpose switch
        {
            UploadPurpose.ProductImage or UploadPurpose.CategoryImage => (true, 5L << 20),
            UploadPurpose.Avatar => (false, 2L << 20),
            UploadPurpose.ReviewImage => (false, 5L << 20),
            _ => throw AppError.Validation("purpose", "Unknown purpose."),
        };
        if (staffOnly && !ctx.Identity.IsInRole(OrderAccess.StaffRole))
        {
            throw new AppError(ErrorCodes.Forbidden, "Only staff upload product and category images.", new { field = "purpose" });
        }

        var url = FileUploads.CreateUploadUrl(ctx, new UploadPolicy(args.Purpose.ToString(), maxBytes, Images, UploadUrlLifetime));
        return Task.FromResult(new FileUploadUrl(url.Url, url.ExpiresAt));
    }

    private static async Task<bool> DeleteAsync(MutationContext ctx, StorageIdArgs args, CancellationToken ct)
    {
        var file = await ctx.LoadAsync<StoredFile>(args.StorageId, ct);
        if (file is null || (file.OwnerId != ctx.Identity.UserId && !ctx.Identity.IsInRole(OrderAccess.StaffRole)))
        {
            throw new AppError(ErrorCodes.NotFound, "No such file.", new { field = "storageId" });
        }

        FileUploads.Delete(ctx, file.Id);
        return true;
    }
}
