namespace DakarCafe.Schema.Files;

/// <summary>Arguments of <c>files:generateUploadUrl</c>.</summary>
/// <param name="Purpose">What the file is for.</param>
public sealed record GenerateUploadUrlArgs(UploadPurpose Purpose);
