using DakarCafe.Protocol;

namespace DakarCafeApp.Schema;

/// <summary>
/// The app's functions, by module, with their argument and result types: what clients call, what the server
/// registers its handlers under, and what `dakarcafe codegen` turns into the web client's typed `api`.
/// </summary>
public static class Api
{
    /// <summary>The board of notes.</summary>
    public static class Notes
    {
        /// <summary><c>notes:list</c>: the newest notes, live.</summary>
        public static QueryReference<ListNotesArgs, IReadOnlyList<Note>> List { get; } = new("notes:list");

        /// <summary><c>notes:add</c>: adds a note as the signed-in caller.</summary>
        public static MutationReference<AddNoteArgs, Note> Add { get; } = new("notes:add");

        /// <summary><c>notes:remove</c>: removes one of the caller's own notes.</summary>
        public static MutationReference<RemoveNoteArgs, bool> Remove { get; } = new("notes:remove");
    }
}
