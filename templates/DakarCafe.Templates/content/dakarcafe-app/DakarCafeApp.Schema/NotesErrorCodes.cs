using DakarCafe.Protocol;

namespace DakarCafeApp.Schema;

/// <summary>The codes the app's functions answer beside the engine's (generated into the TypeScript `NotesErrorCode`).</summary>
[ErrorCodeCatalog]
public static class NotesErrorCodes
{
    /// <summary>Only a note's author may remove it.</summary>
    public const string NotYourNote = "NOT_YOUR_NOTE";
}
