using System.Text.Json;
using DakarCafe.Engine.Dashboard;
using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Files;
using DakarCafe.Engine.Functions;
using DakarCafe.Protocol;

namespace DakarCafe.Engine.Internal.Dashboard;

/// <summary>Stored files as the dashboard shows them (purpose, owner, size, type, where to read them), and their deletion.</summary>
internal static class FilesView
{
    public static void Register(FunctionRegistry functions)
    {
        functions.AdminQuery<FilesArgs, FilesPage>("files", async (ctx, args, ct) =>
        {
            var limit = DashboardFunctions.Limit(args.Limit, 50, 200);
            var offset = DashboardFunctions.Offset(args.Offset);
            var files = await ctx.ListAsync<StoredFile>(q => Filtered(q, args).OrderByDescending(f => f.CreatedAt).ThenBy(f => f.Id).Skip(offset).Take(limit), ct);
            var total = await ctx.CountAsync<StoredFile>(q => Filtered(q, args), ct);
            return new FilesPage([.. files.Select(f => new FileRow(f.Id, f.ContentType, f.Size, f.Sha256, f.OwnerId, f.Purpose, f.CreatedAt,
                $"{FileUploads.DownloadPath}/{f.Id}"))], total);
        });
        functions.AdminMutation<FileIdArgs, bool>("deleteFile", async (ctx, args, ct) =>
        {
            var file = await ctx.LoadAsync<StoredFile>(args.Id, ct) ?? throw new AppError(ErrorCodes.NotFound, "No file has this id.", new { field = "id" });
            FileUploads.Delete(ctx, file.Id);
            await AuditTrail.RecordAsync(ctx, AuditActions.DeleteFile, file.Id.ToString(), JsonSerializer.Serialize(file, WireJson.Options), null, ct);
            return true;
        });
    }

    private static IQueryable<StoredFile> Filtered(IQueryable<StoredFile> files, FilesArgs args) =>
        string.IsNullOrEmpty(args.Purpose) ? files : files.Where(f => f.Purpose == args.Purpose);
}

/// <summary>A page of files, optionally of one purpose.</summary>
internal sealed record FilesArgs(string? Purpose = null, int? Offset = null, int? Limit = null);

/// <summary>A file by id.</summary>
internal sealed record FileIdArgs(Guid Id);

/// <summary>A stored file and the URL it is served at.</summary>
internal sealed record FileRow(Guid Id, string ContentType, long Size, string Sha256, string? OwnerId, string Purpose, DateTimeOffset CreatedAt, string Url);

/// <summary>A page of files, newest first, and how many the filter selects.</summary>
internal sealed record FilesPage(IReadOnlyList<FileRow> Files, int Total);
