using System.Diagnostics;

namespace DakarCafe.Fixtures;

/// <summary>
/// A built server run as its own process: the real server as the README's run command runs it (no connection
/// string, so it starts its embedded PostgreSQL in the data folder it is given), or any other host that prints
/// ASP.NET Core's "Now listening on" line. Disposing it stops the server, then kills whatever of it is left
/// (<see cref="TestProcess"/>); so does a start that fails or times out.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    /// <summary>
    /// A clean stop can end with the embedded PostgreSQL's shutdown checkpoint, which waits on a disk that a whole
    /// test run in parallel keeps busy (the dev command's stop took over 30 s in two full runs, and 5 s alone).
    /// </summary>
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(90);
    private const string ListeningMarker = "Now listening on: ";

    private readonly TestProcess _process;

    private ServerProcess(TestProcess process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public IReadOnlyList<string> Output => _process.Lines;

    /// <summary>The address from the server's "Now listening on" line.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The processes the server started (itself included) that are still alive.</summary>
    public IReadOnlyList<int> AliveProcesses() => _process.AliveProcesses();

    /// <summary>
    /// Starts the DakarCafé server with its embedded database in <paramref name="dataDirectory"/>, its stored files
    /// (<see cref="FilesRoot"/>) and signing keys beside it, never in the repository's server folder.
    /// </summary>
    public static Task<ServerProcess> StartAsync(string dataDirectory) => StartAsync(StartInfo(dataDirectory));

    /// <summary>How <see cref="StartAsync(string)"/> starts the server, for a test to add to its environment.</summary>
    public static ProcessStartInfo StartInfo(string dataDirectory)
    {
        var bin = Path.GetDirectoryName(typeof(Program).Assembly.Location)!;
        return new ProcessStartInfo("dotnet", [Path.Combine(bin, "DakarCafe.Server.dll"), "--urls", $"http://127.0.0.1:{TestPorts.FreeLoopback()}"])
        {
            WorkingDirectory = RepositoryFolders.ServerProject,
            Environment =
            {
                ["LocalPostgres__DataDirectory"] = dataDirectory,
                ["Engine__Files__Root"] = FilesRoot(dataDirectory),
                ["Auth__KeysDirectory"] = Beside(dataDirectory, "keys"),
                ["Logging__Console__FormatterName"] = "simple",
            },
        };
    }

    /// <summary>Where a server started on <paramref name="dataDirectory"/> keeps its stored files: a "files" folder beside it.</summary>
    public static string FilesRoot(string dataDirectory) => Beside(dataDirectory, "files");

    private static string Beside(string dataDirectory, string folder) => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(dataDirectory))!, folder);

    /// <summary>Starts a host from its built assembly (next to the tests) with the given arguments.</summary>
    public static Task<ServerProcess> StartAsync(string assemblyPath, params string[] arguments) =>
        StartAsync(new ProcessStartInfo("dotnet", [assemblyPath, .. arguments]));

    /// <summary>
    /// Starts a process that runs a server, and waits (<paramref name="startTimeout"/>, 90 s by default) until it listens.
    /// A start that fails, times out or is cancelled kills every process it started before it throws.
    /// </summary>
    public static async Task<ServerProcess> StartAsync(ProcessStartInfo start, TimeSpan? startTimeout = null, CancellationToken ct = default)
    {
        var process = TestProcess.Start(start);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(startTimeout ?? StartTimeout);
            var line = await process.WaitForLineAsync(l => l.Contains(ListeningMarker, StringComparison.Ordinal), "the server to listen", timeout.Token);
            return new ServerProcess(process, new Uri(line[(line.IndexOf(ListeningMarker, StringComparison.Ordinal) + ListeningMarker.Length)..].Trim()));
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    /// <summary>Sends SIGTERM, as a service manager would, and waits for a clean exit.</summary>
    public Task<int> TerminateAsync() => StopWithAsync("TERM");

    /// <summary>Sends SIGINT, as Ctrl-C in a terminal would, and waits for a clean exit.</summary>
    public Task<int> InterruptAsync() => StopWithAsync("INT");

    private async Task<int> StopWithAsync(string signal)
    {
        await _process.SignalAsync(signal);
        try
        {
            return await _process.ExitCodeAsync(Deadlines.Within(StopTimeout));
        }
        catch (OperationCanceledException) when (!Xunit.TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The server did not exit within {StopTimeout.TotalSeconds} s of SIG{signal}; it printed:\n{string.Join('\n', Output)}");
        }
    }

    /// <summary>Stops the server as a service manager would (30 s at most), then kills whatever of it is left.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await TerminateAsync();
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            // It did not stop in time, or the test was cancelled: killed below.
        }
        finally
        {
            await _process.DisposeAsync();
        }
    }
}
