namespace DakarCafe.Schema;

/// <summary>
/// The shop's public functions, by module, each with its argument and result types: what the SDKs call
/// (<c>client.QueryAsync(Api.Products.GetProduct, new(id))</c>), what the server registers its handlers under, and
/// what the TypeScript <c>api</c> object is generated from. Each module declares its part beside its types.
/// </summary>
public static partial class Api;
