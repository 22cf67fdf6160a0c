using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace DakarCafe.Fixtures;

/// <summary>
/// <c>bash scripts/cluster N</c> as the README runs it (nodes on one PostgreSQL behind nginx), on a data folder of its
/// own and a free block of loopback ports, without building (the solution is built before tests and benchmarks run).
/// Its nodes can be found and killed; disposing it kills whatever of it is left (<see cref="TestProcess"/>).
/// </summary>
public sealed class ClusterProcess : IAsyncDisposable
{
    private const string ReadyMarker = "DakarCafé on http://";
    private const string ConnectionLine = "Connection string: ";
    private readonly TestProcess _process;
    private readonly int _port;

    private ClusterProcess(TestProcess process, int port, int nodes, string dataFolder)
    {
        _process = process;
        _port = port;
        Nodes = nodes;
        DataFolder = dataFolder;
    }

    /// <summary>The proxy's address: the one the clients use.</summary>
    public Uri Address => new($"http://127.0.0.1:{_port}");

    public int Nodes { get; }

    /// <summary>The deployment's folder: PostgreSQL's data, the stored files, the signing keys, the logs (cluster/*.log).</summary>
    public string DataFolder { get; }

    public IReadOnlyList<string> Output => _process.Lines;

    /// <summary>Node <paramref name="number"/>'s own address (1-based), behind the proxy.</summary>
    public Uri NodeAddress(int number) => new($"http://127.0.0.1:{_port + number}");

    /// <summary>Starts the cluster and waits (bounded) until it says it is ready.</summary>
    public static Task<ClusterProcess> StartAsync(int nodes, string dataFolder, TimeSpan startTimeout, CancellationToken ct = default) =>
        StartAsync(nodes, dataFolder, startTimeout, new Dictionary<string, string>(), ct);

    /// <summary>Starts the cluster with <paramref name="environment"/> added to every node's (a benchmark's higher limits), and waits until it is ready.</summary>
    public static async Task<ClusterProcess> StartAsync(int nodes, string dataFolder, TimeSpan startTimeout, IReadOnlyDictionary<string, string> environment,
        CancellationToken ct = default)
    {
        var port = FreePortBlock(nodes + 1);
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryFolders.Root, "scripts", "cluster"), nodes.ToString(CultureInfo.InvariantCulture), "--no-build"])
        {
            WorkingDirectory = RepositoryFolders.Root,
            Environment =
            {
                ["DAKARCAFE_CLUSTER_PORT"] = port.ToString(CultureInfo.InvariantCulture),
                ["DAKARCAFE_CLUSTER_DATA"] = dataFolder,
            },
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = TestProcess.Start(start);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(startTimeout);
            await process.WaitForLineAsync(line => line.StartsWith(ReadyMarker, StringComparison.Ordinal), "the cluster to be ready", timeout.Token);
            return new ClusterProcess(process, port, nodes, dataFolder);
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    /// <summary>The process id of node <paramref name="number"/>'s server, or null while it is not running.</summary>
    public int? NodeProcessId(int number)
    {
        var urls = $"--urls {NodeAddress(number).ToString().TrimEnd('/')}";
        foreach (var pid in _process.AliveProcesses())
        {
            var line = Processes.CommandLine(pid);
            if (line.Contains("DakarCafe.Server.dll", StringComparison.Ordinal) && line.EndsWith(urls, StringComparison.Ordinal))
            {
                return pid;
            }
        }

        return null;
    }

    /// <summary>Kills node <paramref name="number"/> with SIGKILL, as a crash or the kernel's OOM killer would; the cluster starts it again a second later.</summary>
    public int KillNode(int number)
    {
        var pid = NodeProcessId(number) ?? throw new InvalidOperationException($"Node {number} is not running.");
        Processes.Kill(pid);
        return pid;
    }

    /// <summary>The connection string of the cluster's PostgreSQL, as <c>dakarcafe postgres</c> printed it.</summary>
    public string ConnectionString => File.ReadLines(Path.Combine(DataFolder, "cluster", "postgres.log"))
        .First(line => line.StartsWith(ConnectionLine, StringComparison.Ordinal))[ConnectionLine.Length..];

    /// <summary>The process id of the cluster's PostgreSQL server (its postmaster), from its pid file.</summary>
    public int PostgresProcessId => int.Parse(File.ReadLines(Path.Combine(DataFolder, "postgres", "postmaster.pid")).First(), CultureInfo.InvariantCulture);

    /// <summary>The cluster's processes still alive (the script, the proxy, the nodes, PostgreSQL).</summary>
    public IReadOnlyList<int> AliveProcesses() => _process.AliveProcesses();

    /// <summary>Sends SIGINT, as Ctrl-C in a terminal would, and waits (bounded) for the script to end.</summary>
    public async Task<int> InterruptAsync(TimeSpan within)
    {
        await _process.SignalAsync("INT");
        return await _process.ExitCodeAsync(Deadlines.Within(within));
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();

    /// <summary>A port such that it and the next <paramref name="count"/> - 1 are free on loopback.</summary>
    private static int FreePortBlock(int count)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var first = TestPorts.FreeLoopback();
            if (first + count < IPEndPoint.MaxPort && Enumerable.Range(first + 1, count - 1).All(IsFree))
            {
                return first;
            }
        }

        throw new InvalidOperationException($"No block of {count} free loopback ports found.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
