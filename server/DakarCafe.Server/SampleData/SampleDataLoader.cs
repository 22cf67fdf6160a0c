using DakarCafe.Auth;
using DakarCafe.Engine;
using DakarCafe.Schema.Products;
using DakarCafe.Server.Products;
using Marten;

namespace DakarCafe.Server.SampleData;

/// <summary>
/// Loads the sample catalog and the sample accounts into an empty database on first run (when
/// <c>SampleData:Load</c> is true, as it is for the README's run command). A database with any product is left alone.
/// </summary>
internal sealed partial class SampleDataLoader(
    IDocumentStore store, AccountStore accounts, EngineReadiness engine, AuthReadiness auth, TimeProvider time,
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
        var products = SampleCatalog.Products().Select((p, i) => ProductRules.Create(Guid.NewGuid(), p, now.AddMinutes(-i))).ToArray();
        session.Store(products);
        await session.SaveChangesAsync(stoppingToken);
        foreach (var (email, password, name, role) in Accounts)
        {
            await accounts.SignUpAsync(email, password, name, stoppingToken);
            await accounts.SetRoleAsync(email, role, stoppingToken);
        }

        Log.Loaded(logger, products.Length, ids.Count, Accounts.Length);
        return true;
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Sample data loaded: {Products} products, {Categories} categories, {Accounts} accounts (see README)")]
        public static partial void Loaded(ILogger logger, int products, int categories, int accounts);
    }
}
