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

    public static void Register(EngineBuilder engine)
    {
        engine.Document<Note>();
        var f = engine.Functions;
        f.Query(Api.Notes.List, AccessRule.Public, ListAsync);
        f.Mutation(Api.Notes.Add, AccessRule.Authenticated, AddAsync);
        f.Mutation(Api.Notes.Remove, AccessRule.Authenticated, RemoveAsync);
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

        var note = new Note(Guid.NewGuid(), text, ctx.Identity.UserId!, ctx.Time.GetUtcNow());
        ctx.Store(note);
        return Task.FromResult(note);
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
