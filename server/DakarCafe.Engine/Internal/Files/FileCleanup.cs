using DakarCafe.Engine.Files;
using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace DakarCafe.Engine.Internal.Files;

/// <summary>
/// The <c>files:cleanup</c> cron: removes the bytes no metadata points to any more (uploads that never completed,
/// deleted files) once they are older than the grace period, and the upload tickets that expired a day ago.
/// </summary>
internal static class FileCleanup
{
    public const string Function = "files:cleanup";
    private const int Batch = 500;

    public static async Task<int> RunAsync(ActionContext ctx, CleanupArgs args, CancellationToken ct)
    {
        var files = ctx.Services.GetRequiredService<IFileStore>();
        var before = ctx.Time.GetUtcNow() - ctx.Services.GetRequiredService<FileStorageOptions>().OrphanGrace;
        var removed = 0;
        var candidates = new List<Guid>();
        await foreach (var (id, writtenAt) in files.ListAsync(ct))
        {
            if (writtenAt < before)
            {
                candidates.Add(id);
            }
        }

        foreach (var batch in candidates.Chunk(Batch))
        {
            var known = (await ctx.RunQueryAsync<IReadOnlyList<Guid>>("files:known", new StorageIds(batch), ct)).ToHashSet();
            foreach (var orphan in batch.Where(id => !known.Contains(id)))
            {
                await files.DeleteAsync(orphan, ct);
                removed++;
            }
        }

        await ctx.RunMutationAsync<int>("files:dropExpiredTickets", new CleanupArgs(), ct);
        return removed;
    }

    public static async Task<IReadOnlyList<Guid>> KnownAsync(QueryContext ctx, StorageIds args, CancellationToken ct) =>
        [.. (await ctx.LoadManyAsync<StoredFile>(args.Ids, ct)).Select(f => f.Id)];

    public static async Task<int> DropExpiredTicketsAsync(MutationContext ctx, CleanupArgs args, CancellationToken ct)
    {
        var cutoff = ctx.Time.GetUtcNow().AddDays(-1);
        var expired = await ctx.ListAsync<UploadTicket>(q => q.Where(t => t.ExpiresAt < cutoff).Take(Batch), ct);
        foreach (var ticket in expired)
        {
            ctx.Delete<UploadTicket>(ticket.Id);
        }

        return expired.Count;
    }

    /// <summary>Registers the file documents, the internal functions and the cleanup cron.</summary>
    public static void Register(EngineBuilder engine, FileStorageOptions options)
    {
        engine.Document<StoredFile>().Document<UploadTicket>(ticket => ticket.Index(t => t.ExpiresAt));
        engine.Functions.Mutation<CompletedUpload, StoredFile>(FileUploads.CompleteFunction, AccessRule.Internal, FileUploads.CompleteAsync);
        engine.Functions.Action<CleanupArgs, int>(Function, AccessRule.Internal, RunAsync);
        engine.Functions.Query<StorageIds, IReadOnlyList<Guid>>("files:known", AccessRule.Internal, KnownAsync);
        engine.Functions.Mutation<CleanupArgs, int>("files:dropExpiredTickets", AccessRule.Internal, DropExpiredTicketsAsync);
        engine.Cron(Function, CronSchedule.Every(options.CleanupInterval), Function, new CleanupArgs());
    }
}

internal sealed record CleanupArgs;

internal sealed record StorageIds(IReadOnlyList<Guid> Ids);
