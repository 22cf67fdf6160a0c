using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace DakarCafe.Auth.Internal;

/// <summary>
/// The token server's signing and encryption keys, persisted so tokens survive a restart: a configured PFX, or a
/// development certificate made on first run and kept in the keys folder (one file, so every node started from the
/// same folder shares it). It also encrypts the data-protection keys kept beside it.
/// </summary>
internal static class SigningKeys
{
    private const string DevelopmentFile = "development.pfx";

    private const string DataProtectionFolder = "data-protection";

    /// <summary>
    /// ASP.NET Core's data-protection keys (the sign-in cookie, antiforgery tokens) kept in the keys folder and
    /// encrypted with the certificate, so a restart or another node started from the same folder reads the cookies
    /// this one issued.
    /// </summary>
    public static void AddDataProtection(IServiceCollection services, X509Certificate2 certificate, AuthSettings settings, string contentRoot) =>
        services.AddDataProtection()
            .SetApplicationName("DakarCafe")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(contentRoot, settings.KeysDirectory, DataProtectionFolder)))
            .ProtectKeysWithCertificate(certificate)
            .UnprotectKeysWithAnyCertificate(certificate);

    /// <summary>The configured certificate, or the development one (made on first use).</summary>
    public static X509Certificate2 Load(AuthSettings settings, string contentRoot) => settings.CertificatePath is { } path
        ? X509CertificateLoader.LoadPkcs12FromFile(Path.Combine(contentRoot, path), settings.CertificatePassword)
        : LoadOrCreateDevelopmentCertificate(Path.Combine(contentRoot, settings.KeysDirectory));

    private static X509Certificate2 LoadOrCreateDevelopmentCertificate(string folder)
    {
        var file = Path.Combine(folder, DevelopmentFile);
        if (File.Exists(file))
        {
            return X509CertificateLoader.LoadPkcs12FromFile(file, password: null, X509KeyStorageFlags.EphemeralKeySet);
        }

        Directory.CreateDirectory(folder);
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=DakarCafe development", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, critical: true));
        // Valid from five years back: OpenIddict checks it against the application's clock, which may run behind the
        // machine's (a node whose clock is late, a test on a fake clock that starts on a fixed day in the past).
        var now = TimeProvider.System.GetUtcNow();
        using var created = request.CreateSelfSigned(now.AddYears(-5), now.AddYears(2));
        var pfx = created.Export(X509ContentType.Pfx);
        var temporary = file + "." + Guid.NewGuid().ToString("N");
        // The private key: readable by this user only.
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temporary, options))
        {
            stream.Write(pfx);
        }

        try
        {
            File.Move(temporary, file, overwrite: false);
        }
        catch (IOException)
        {
            // Another node made it first; use theirs, so both sign with the same key.
            File.Delete(temporary);
        }

        return X509CertificateLoader.LoadPkcs12FromFile(file, password: null, X509KeyStorageFlags.EphemeralKeySet);
    }
}
