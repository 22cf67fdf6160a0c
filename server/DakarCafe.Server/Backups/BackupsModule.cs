using System.Globalization;
using DakarCafe.Engine;
using DakarCafe.Engine.Backup;
using DakarCafe.Engine.Functions;
using DakarCafe.Schema;
using DakarCafe.Schema.Backups;
using DakarCafe.Server.Orders;

namespace DakarCafe.Server.Backups;

/// <summary>
/// The seed's <c>backupData</c>: staff write a full export of the deployment (the same archive as the CLI's
/// <c>export</c>) into the server's backup folder, <c>Backups:Folder</c> (<c>.data/backups</c> by default).
/// </summary>
internal static class BackupsModule
{
    public static void Register(EngineBuilder engine, IConfiguration configuration)
    {
        var folder = Path.Combine(configuration[WebHostDefaults.ContentRootKey] ?? Directory.GetCurrentDirectory(),
            configuration["Backups:Folder"] ?? Path.Combine(".data", "backups"));
        engine.Functions.Action(Api.Backups.BackupData, OrderAccess.Staff, (ctx, _, ct) => BackupAsync(ctx, folder, ct));
    }

    private static async Task<BackupInfo> BackupAsync(ActionContext ctx, string folder, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        var name = $"dakarcafe-{ctx.Time.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}-{Guid.NewGuid().ToString("N")[..6]}.zip";
        var path = Path.Combine(folder, name);
        ArchiveManifest manifest;
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81_920, useAsync: true))
        {
            manifest = await ctx.Services.GetRequiredService<DeploymentArchive>().ExportAsync(file, progress: null, ct);
        }

        return new BackupInfo(name, new FileInfo(path).Length, manifest.Tables.Count, manifest.Rows, manifest.Files.Count, manifest.CreatedAt);
    }
}
