namespace DakarCafeApp.Schema;

/// <summary>A note on the board.</summary>
/// <param name="Id">The note's id.</param>
/// <param name="Text">What it says.</param>
/// <param name="AuthorId">Who wrote it (their user id).</param>
/// <param name="CreatedAt">When it was written (UTC).</param>
public sealed record Note(Guid Id, string Text, string AuthorId, DateTimeOffset CreatedAt);

/// <summary>Which notes to list.</summary>
/// <param name="Limit">At most this many, newest first.</param>
public sealed record ListNotesArgs(int Limit = 50);

/// <summary>A note to add.</summary>
/// <param name="Text">What it says: 1 to 280 characters.</param>
public sealed record AddNoteArgs(string Text);

/// <summary>A note to remove.</summary>
/// <param name="Id">The note's id.</param>
public sealed record RemoveNoteArgs(Guid Id);
