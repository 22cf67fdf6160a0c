using System.Security.Cryptography;
using DakarCafe.Auth;
using DakarCafe.Engine;
using DakarCafe.Engine.Files;
using DakarCafe.Schema.Files;
using DakarCafe.Schema.Products;
using DakarCafe.Server.Products;
using Marten;

namespace DakarCafe.Server.SampleData;

/// <summary>
/// Loads the sample catalog and the sample accounts into an empty database on first run (when
/// <c>SampleData:Load</c> is true, as it is for the README's run command). A database with any product is left alone.
/// </summary>
internal sealed partial class SampleDataLoader(
    IDocumentStore store, IFileStore files, AccountStore accounts, EngineReadiness engine, AuthReadiness auth, TimeProvider time,
    ILogger<SampleDataLoader> logger) : BackgroundService
{
    public static readonly (string Email, string Password, string Name, string Role)[] Accounts =
    [
        ("admin@dakarcafe.sn", "Admin-Teranga-2026", "Admin DakarCafé", "admin"),
        ("awa@example.sn", "Awa-Teranga-2026", "Awa Ndiaye", "user"),
        ("moussa@example.sn", "Moussa-Teranga-2026", "Moussa Sow", "user"),
    ];

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => LoadAsync(stoppingToken);

    /// <summary>Loads the sample catalog and accounts unless the deployment already has products; true when it loaded them.</summary>
    public async Task<bool> LoadAsync(CancellationToken stoppingToken)
    {
        await engine.Ready.WaitAsync(stoppingToken);
        await auth.Ready.WaitAsync(stoppingToken);
        await using var session = store.LightweightSession();
        if (await session.Query<Product>().AnyAsync(stoppingToken))
        {
            return false;
        }

        var now = time.GetUtcNow();
        var ids = SampleCatalog.Categories.ToDictionary(c => c.Slug, _ => Guid.NewGuid());
        session.Store(SampleCatalog.Categories.Select((c, i) => SampleCatalog.Category(c, ids, i, now)).ToArray());
        var products = new List<Product>();
        foreach (var (input, i) in SampleCatalog.Products().Select((p, i) => (p, i)))
        {
            var image = await StorePackshotAsync(session, input, now, stoppingToken);
            products.Add(ProductRules.Create(Guid.NewGuid(), input with { Images = [image.Id.ToString()] }, now.AddMinutes(-i)));
        }

        session.Store(products.ToArray());
        await session.SaveChangesAsync(stoppingToken);
        foreach (var (email, password, name, role) in Accounts)
        {
            await accounts.SignUpAsync(email, password, name, stoppingToken);
            await accounts.SetRoleAsync(email, role, stoppingToken);
        }

        Log.Loaded(logger, products.Count, ids.Count, Accounts.Length);
        return true;
    }

    /// <summary>
    /// The product's packshot, written to the file store with its metadata as a staff upload of a product image is
    /// (its bytes first: a file document never names missing bytes).
    /// </summary>
    private async Task<StoredFile> StorePackshotAsync(IDocumentSession session, ProductInput product, DateTimeOffset now, CancellationToken ct)
    {
        var bytes = Packshots.Draw(product);
        var file = new StoredFile(Guid.CreateVersion7(now), Packshots.ContentType, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)), OwnerId: null,
            nameof(UploadPurpose.ProductImage), now);
        await using (var content = new MemoryStream(bytes, writable: false))
        {
            await files.WriteAsync(file.Id, content, ct);
        }

        session.Store(file);
        return file;
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Sample data loaded: {Products} products, {Categories} categories, {Accounts} accounts (see README)")]
        public static partial void Loaded(ILogger logger, int products, int categories, int accounts);
    }
}
