namespace DakarCafe.Engine.Files;

/// <summary>
/// The content type of a file told by its first bytes (its magic number), never by its name or a header: a script
/// named <c>photo.jpg</c> is not an image.
/// </summary>
public static class ContentSniffer
{
    /// <summary>JPEG: <c>FF D8 FF</c>.</summary>
    public const string Jpeg = "image/jpeg";

    /// <summary>PNG: its eight-byte signature.</summary>
    public const string Png = "image/png";

    /// <summary>WebP: a RIFF container of type <c>WEBP</c>.</summary>
    public const string Webp = "image/webp";

    /// <summary>GIF: <c>GIF87a</c> or <c>GIF89a</c>.</summary>
    public const string Gif = "image/gif";

    /// <summary>How many leading bytes <see cref="Detect"/> looks at.</summary>
    public const int HeadLength = 12;

    /// <summary>The type <paramref name="head"/> (a file's first bytes) starts, or null when it is none of the known ones.</summary>
    public static string? Detect(ReadOnlySpan<byte> head) => head switch
    {
        [0xFF, 0xD8, 0xFF, ..] => Jpeg,
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => Png,
        [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x57, 0x45, 0x42, 0x50, ..] => Webp,
        [0x47, 0x49, 0x46, 0x38, 0x37 or 0x39, 0x61, ..] => Gif,
        _ => null,
    };
}
