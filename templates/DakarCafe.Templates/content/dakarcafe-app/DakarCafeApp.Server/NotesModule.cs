using DakarCafe.Engine;
using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.Protocol;
using DakarCafeApp.Schema;

namespace DakarCafeApp.Server;

/// <summary>The board of notes: who may call each function, and what it does.</summary>
internal static class NotesModule
{
    public const int MaxLength = 280;

    /// <summary>The most a note may live: a week.</summary>
    public const int MaxLifetimeMinutes = 7 * 24 * 60;

    /// <summary>Removes a note whose lifetime ended: scheduled by <c>notes:add</c>, callable by the server only.</summary>
    private const string Expire = "notes:expire";

    public static void Register(EngineBuilder engine)
    {
        engine.Document<Note>();
        var f = engine.Functions;
        f.Query(Api.Notes.List, AccessRule.Public, ListAsync);
        f.Mutation(Api.Notes.Add, AccessRule.Authenticated, AddAsync);
        f.Mutation(Api.Notes.Remove, AccessRule.Authenticated, RemoveAsync);
        f.Mutation<RemoveNoteArgs, bool>(Expire, AccessRule.Internal, ExpireAsync);
    }

    private static async Task<IReadOnlyList<Note>> ListAsync(QueryContext ctx, ListNotesArgs args, CancellationToken ct) =>
        await ctx.ListAsync<Note>(notes => notes.OrderByDescending(n => n.CreatedAt).Take(Math.Clamp(args.Limit, 1, 200)), ct);

    private static Task<Note> AddAsync(MutationContext ctx, AddNoteArgs args, CancellationToken ct)
    {
        var text = args.Text?.Trim() ?? "";
        if (text.Length is 0 or > MaxLength)
        {
            throw AppError.Validation("text", $"A note is 1 to {MaxLength} characters.");
        }

        if (args.ExpiresInMinutes is < 1 or > MaxLifetimeMinutes)
        {
            throw AppError.Validation("expiresInMinutes", $"A note lives 1 to {MaxLifetimeMinutes} minutes.");
        }

        var lifetime = args.ExpiresInMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : (TimeSpan?)null;
        var now = ctx.Time.GetUtcNow();
        var note = new Note(Guid.NewGuid(), text, ctx.Identity.UserId!, now, now + lifetime);
        if (lifetime is { } after)
        {
            // A durable job, committed with the note: it runs once, even if the server restarts meanwhile.
            ctx.Scheduler.RunAfter(after, Expire, new RemoveNoteArgs(note.Id));
        }

        ctx.Store(note);
        return Task.FromResult(note);
    }

    private static async Task<bool> ExpireAsync(MutationContext ctx, RemoveNoteArgs args, CancellationToken ct)
    {
        if (await ctx.LoadAsync<Note>(args.Id, ct) is null)
        {
            return false;
        }

        ctx.Delete<Note>(args.Id);
        return true;
    }

    private static async Task<bool> RemoveAsync(MutationContext ctx, RemoveNoteArgs args, CancellationToken ct)
    {
        var note = await ctx.LoadAsync<Note>(args.Id, ct)
            ?? throw new AppError(ErrorCodes.NotFound, "No such note.", new { field = "id" });
        if (note.AuthorId != ctx.Identity.UserId)
        {
            throw new AppError(NotesErrorCodes.NotYourNote, "Only its author may remove a note.", new { field = "id" });
        }

        ctx.Delete<Note>(note.Id);
        return true;
    }
}
