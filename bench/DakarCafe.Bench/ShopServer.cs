using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using DakarCafe.Client;
using DakarCafe.Client.Auth;

namespace DakarCafe.Bench;

/// <summary>The real shop server (DakarCafe.Server) as its own process over the bench's database, with accounts made for the run.</summary>
internal sealed class ShopServer : IDisposable
{
    private readonly Process _process;

    private ShopServer(Process process, Uri url)
    {
        _process = process;
        Url = url;
        Http = new HttpClient { BaseAddress = url };
    }

    public Uri Url { get; }

    public HttpClient Http { get; }

    public int ProcessId => _process.Id;

    public static async Task<ShopServer> StartAsync(string connectionString, string folder)
    {
        var port = FanOutScenario.FreePort();
        var bin = AppContext.BaseDirectory;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(bin, "DakarCafe.Server.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = bin,
            RedirectStandardOutput = true,
            Environment =
            {
                ["ConnectionStrings__Postgres"] = connectionString,
                ["SampleData__Load"] = "false",
                // A fresh benchmark database: its schema is made at start, as in development.
                ["Engine__Schema__AutoCreate"] = "true",
                ["Engine__Limits__MutationBurst"] = "1000000",
                ["Engine__Limits__SubscriptionBurst"] = "1000000",
                ["Engine__Limits__QueryBurst"] = "1000000",
                ["Auth__SignInBurstPerAddress"] = "100000",
                ["Auth__SignUpBurstPerAddress"] = "100000",
                ["Auth__KeysDirectory"] = Path.Combine(folder, "keys"),
                ["Engine__Files__Root"] = Path.Combine(folder, "files"),
                ["Backups__Folder"] = Path.Combine(folder, "backups"),
                ["Logging__LogLevel__Default"] = "Warning",
                ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
            },
        };
        var process = Process.Start(start)!;
        while (await process.StandardOutput.ReadLineAsync() is { } line && !line.Contains("Application started", StringComparison.Ordinal))
        {
        }

        var server = new ShopServer(process, new Uri($"http://127.0.0.1:{port}"));
        for (var attempt = 0; attempt < 300 && !(await server.Http.GetAsync(new Uri("/health", UriKind.Relative))).IsSuccessStatusCode; attempt++)
        {
            await Task.Delay(100);
        }

        return server;
    }

    /// <summary>Signs up a user and returns an access token; admins get the role straight in the database.</summary>
    public async Task<string> SignInAsync(string email, string connectionString, bool admin = false)
    {
        (await Http.PostAsJsonAsync(new Uri("/auth/sign-up", UriKind.Relative), new { email, password = "Bench-Teranga-2026", name = "Bench" })).EnsureSuccessStatusCode();
        if (admin)
        {
            await using var connection = new Npgsql.NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var promote = new Npgsql.NpgsqlCommand(
                "update public.mt_doc_account set data = jsonb_set(data, '{Role}', '\"admin\"') where data ->> 'Email' = $1", connection)
            {
                Parameters = { new() { Value = email } },
            };
            await promote.ExecuteNonQueryAsync();
        }

        var response = await Http.PostAsync(new Uri("/connect/token", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "dakarcafe-app",
            ["username"] = email,
            ["password"] = "Bench-Teranga-2026",
        }));
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    public async Task<DakarCafeClient> ConnectAsync(string token)
    {
        var client = new DakarCafeClient(new DakarCafeClientOptions { ServerUrl = Url, TokenProvider = new FixedAccessToken(token) });
        await client.ConnectAsync();
        return client;
    }

    public string CpuAndMemory(double cpuBefore) => string.Create(CultureInfo.InvariantCulture,
        $"server CPU {ProcessProbe.CpuSeconds(ProcessId) - cpuBefore:0.00} s; server peak memory {ProcessProbe.PeakMemoryMb(ProcessId):0} MB");

    public void Dispose()
    {
        _process.Kill();
        _process.WaitForExit();
        _process.Dispose();
        Http.Dispose();
    }
}
