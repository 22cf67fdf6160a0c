using System.Net;
using System.Net.Http.Json;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using DakarCafe.Fixtures;

namespace DakarCafe.Server.Tests.Hosting;

/// <summary>The server outside Development with a certificate, as a production deployment runs it: HTTPS, HSTS, a Secure sign-in cookie, HTTP redirected.</summary>
public sealed class TransportSecurityTests(PostgresServer postgres) : IDisposable
{
    private const string PublicHost = "shop.example";
    private readonly string _folder = TempFolders.Create("tls");

    [Fact]
    public async Task With_a_certificate_the_server_answers_https_with_hsts_a_secure_sign_in_cookie_and_redirects_public_http()
    {
        using var certificate = CreateCertificate();
        var pfx = Path.Combine(_folder, "server.pfx");
        await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "pfx-secret"), TestContext.Current.CancellationToken);
        var (httpsPort, httpPort) = (TestPorts.FreeLoopback(), TestPorts.FreeLoopback());
        var start = ServerProcess.StartInfo(Path.Combine(_folder, "unused"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"https://127.0.0.1:{httpsPort};http://127.0.0.1:{httpPort}");
        start.Environment["ConnectionStrings__Postgres"] = await postgres.CreateDatabaseAsync("tls");
        start.Environment["SampleData__Load"] = "false";
        start.Environment["Engine__Schema__AutoCreate"] = "true";
        start.Environment["Auth__KeysDirectory"] = Path.Combine(_folder, "keys");
        start.Environment["Kestrel__Certificates__Default__Path"] = pfx;
        start.Environment["Kestrel__Certificates__Default__Password"] = "pfx-secret";

        await using var server = await ServerProcess.StartAsync(start, ct: TestContext.Current.CancellationToken);
        using var https = new HttpClient(Trusting(certificate)) { BaseAddress = new Uri($"https://127.0.0.1:{httpsPort}") };
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}") };
        (await HealthPolling.WaitForStatusAsync(https, HttpStatusCode.OK, TimeSpan.FromSeconds(90), "the server finishes starting")).Dispose();

        using var secured = await SendAsync(https, HttpMethod.Get, "/health", PublicHost);
        using var redirected = await SendAsync(http, HttpMethod.Get, "/health?probe=1", PublicHost);
        using var local = await SendAsync(http, HttpMethod.Get, "/health", "127.0.0.1");
        using var signUp = await https.PostAsJsonAsync("/auth/sign-up", new { email = "tls@example.sn", password = "Teranga-2026", name = "Awa" },
            TestContext.Current.CancellationToken);
        using var signIn = await SendAsync(https, HttpMethod.Post, "/auth/sign-in", PublicHost, new FormUrlEncodedContent(
            new Dictionary<string, string> { ["email"] = "tls@example.sn", ["password"] = "Teranga-2026", ["returnUrl"] = "/" }));

        secured.StatusCode.Should().Be(HttpStatusCode.OK);
        secured.Headers.GetValues("Strict-Transport-Security").Single().Should().Contain("max-age=31536000");
        redirected.StatusCode.Should().Be(HttpStatusCode.PermanentRedirect, "plain HTTP for a public host name goes to HTTPS");
        redirected.Headers.Location.Should().Be(new Uri($"https://{PublicHost}:{httpsPort}/health?probe=1"));
        local.StatusCode.Should().Be(HttpStatusCode.OK, "plain HTTP stays for loopback, where the machine's own probes and tools call it");
        local.Headers.Contains("Strict-Transport-Security").Should().BeFalse();
        signUp.StatusCode.Should().Be(HttpStatusCode.Created);
        signIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.Contains("dakarcafe.sign-in", StringComparison.Ordinal));
        cookie.Should().ContainEquivalentOf("; secure").And.ContainEquivalentOf("; httponly");
        server.Output.Should().NotContain(line => line.Contains("Serving plain HTTP beyond", StringComparison.Ordinal), "it listens on loopback only");
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string host, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Host = host;
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>A client that trusts exactly this certificate, as a browser trusts a deployment's.</summary>
    private static SocketsHttpHandler Trusting(X509Certificate2 certificate) => new()
    {
        AllowAutoRedirect = false,
        SslOptions = new SslClientAuthenticationOptions
        {
            RemoteCertificateValidationCallback = (_, presented, _, _) => presented is not null && presented.GetCertHashString() == certificate.GetCertHashString(),
        },
    };

    private static X509Certificate2 CreateCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN={PublicHost}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(PublicHost);
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        var now = TimeProvider.System.GetUtcNow();
        return request.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));
    }

    public void Dispose() => TempFolders.Delete(_folder);
}
