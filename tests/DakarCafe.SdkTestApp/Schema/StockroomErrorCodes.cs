using DakarCafe.Protocol;

namespace DakarCafe.SdkTestApp.Schema;

/// <summary>The codes the stockroom answers beside the engine's.</summary>
[ErrorCodeCatalog]
public static class StockroomErrorCodes
{
    /// <summary>A basket line would hold more than 999 items.</summary>
    public const string LineTooLarge = "LINE_TOO_LARGE";
}
