namespace DakarCafeApp.Schema;

/// <summary>A note on the board.</summary>
/// <param name="Id">The note's id.</param>
/// <param name="Text">What it says.</param>
/// <param name="AuthorId">Who wrote it (their user id).</param>
/// <param name="CreatedAt">When it was written (UTC).</param>
/// <param name="ExpiresAt">When it leaves the board by itself (UTC); null: it stays until removed.</param>
public sealed record Note(Guid Id, string Text, string AuthorId, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt = null);

/// <summary>Which notes to list.</summary>
/// <param name="Limit">At most this many, newest first.</param>
public sealed record ListNotesArgs(int Limit = 50);

/// <summary>A note to add.</summary>
/// <param name="Text">What it says: 1 to 280 characters.</param>
/// <param name="ExpiresInMinutes">Minutes until it leaves the board by itself (1 to 10,080, a week); null: it stays.</param>
public sealed record AddNoteArgs(string Text, int? ExpiresInMinutes = null);

/// <summary>A note to remove (by its author, or by the server when its lifetime ends).</summary>
/// <param name="Id">The note's id.</param>
public sealed record RemoveNoteArgs(Guid Id);
