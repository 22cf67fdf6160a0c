namespace DakarCafe.SdkTestApp.Schema;

/// <summary>The arguments of a function that takes none.</summary>
public sealed record NoArgs;
