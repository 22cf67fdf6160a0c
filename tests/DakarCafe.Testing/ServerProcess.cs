using System.Diagnostics;

namespace DakarCafe.Testing;

/// <summary>
/// A built server run as its own process: the real server as the README's run command runs it (no connection
/// string, so it starts its embedded PostgreSQL in the data folder it is given), or any other host that prints
/// ASP.NET Core's "Now listening on" line.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _output = [];

    private ServerProcess(Process process) => _process = process;

    public IReadOnlyList<string> Output
    {
        get
        {
            lock (_output)
            {
                return [.. _output];
            }
        }
    }

    /// <summary>The address from the server's "Now listening on" line.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Starts the DakarCafé server with its embedded database in <paramref name="dataDirectory"/>.</summary>
    public static Task<ServerProcess> StartAsync(string dataDirectory)
    {
        var bin = Path.GetDirectoryName(typeof(Program).Assembly.Location)!;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(bin, "DakarCafe.Server.dll"), "--urls", $"http://127.0.0.1:{TestPorts.FreeLoopback()}"])
        {
            WorkingDirectory = RepositoryFolders.ServerProject,
            Environment = { ["LocalPostgres__DataDirectory"] = dataDirectory, ["Logging__Console__FormatterName"] = "simple" },
        };
        return StartAsync(start);
    }

    /// <summary>Starts a host from its built assembly (next to the tests) with the given arguments.</summary>
    public static Task<ServerProcess> StartAsync(string assemblyPath, params string[] arguments) =>
        StartAsync(new ProcessStartInfo("dotnet", [assemblyPath, .. arguments]));

    /// <summary>Starts a process that runs a server, and waits (<paramref name="startTimeout"/>, 90 s by default) until it listens.</summary>
    public static async Task<ServerProcess> StartAsync(ProcessStartInfo start, TimeSpan? startTimeout = null)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var server = new ServerProcess(Process.Start(start)!);
        server._process.OutputDataReceived += (_, e) => server.Record(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.Record(e.Data);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(startTimeout ?? StartTimeout);
        server.BaseAddress = await server._listening.Task.WaitAsync(timeout.Token);
        return server;
    }

    /// <summary>Sends SIGTERM, as a service manager would, and waits for a clean exit.</summary>
    public Task<int> TerminateAsync() => StopWithAsync("-TERM");

    /// <summary>Sends SIGINT, as Ctrl-C in a terminal would, and waits for a clean exit.</summary>
    public Task<int> InterruptAsync() => StopWithAsync("-INT");

    private async Task<int> StopWithAsync(string signal)
    {
        using (var kill = Process.Start("kill", [signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            _listening.TrySetException(new InvalidOperationException("The server exited before listening:\n" + string.Join('\n', Output)));
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }

        const string marker = "Now listening on: ";
        var at = line.IndexOf(marker, StringComparison.Ordinal);
        if (at >= 0)
        {
            _listening.TrySetResult(new Uri(line[(at + marker.Length)..].Trim()));
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                await TerminateAsync();
            }
        }
        finally
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
