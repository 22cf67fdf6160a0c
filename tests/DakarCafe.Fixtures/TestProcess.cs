using System.Diagnostics;
using System.Globalization;

namespace DakarCafe.Fixtures;

/// <summary>
/// A program a test runs, with everything it starts in turn. Each process it starts inherits an environment variable
/// naming this run, so that disposing it kills all of them on every exit path of the test (a failed assertion, a
/// timeout, a cancelled start), even those that left the process tree: a PostgreSQL that <c>pg_ctl</c> daemonised,
/// the server <c>dotnet watch</c> runs, a build server. Should the test process itself die first (a hang timeout that
/// kills it), <c>tests/tools/reap-when-orphaned.sh</c>, started beside each program, kills them. Its output is read
/// line by line; waits are bounded and name what they wait for.
/// </summary>
public sealed class TestProcess : IAsyncDisposable
{
    /// <summary>The environment variable whose value names the processes of one <see cref="TestProcess"/>.</summary>
    public const string MarkerVariable = "DAKARCAFE_TEST_PROCESS";

    private readonly Process _process;
    private readonly string _marker;
    private readonly List<string> _lines = [];
    private readonly Lock _gate = new();
    private TaskCompletionSource _more = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _endedStreams;

    private TestProcess(Process process, string marker)
    {
        _process = process;
        _marker = marker;
    }

    /// <summary>The started program's own process id.</summary>
    public int Id => _process.Id;

    /// <summary>What it printed so far, standard output and error interleaved as they came.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_gate)
            {
                return [.. _lines];
            }
        }
    }

    /// <summary>
    /// Starts <paramref name="start"/> with its output and error read, marked so that it and all it starts are killed
    /// when this is disposed. <see cref="TypeAsync"/> needs <see cref="ProcessStartInfo.RedirectStandardInput"/>.
    /// </summary>
    public static TestProcess Start(ProcessStartInfo start)
    {
        var marker = Guid.NewGuid().ToString("N");
        // A run started in the background (CI, a script's `&`) ignores SIGINT, and every process inherits that: give the
        // program back the default, so a test can interrupt it as Ctrl-C in a terminal would (env execs, the pid stays).
        if (!string.IsNullOrEmpty(start.Arguments))
        {
            throw new ArgumentException("Give the arguments as ArgumentList.", nameof(start));
        }

        start.ArgumentList.Insert(0, start.FileName);
        start.ArgumentList.Insert(0, "--default-signal=INT");
        start.FileName = "env";
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        start.Environment[MarkerVariable] = marker;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // Builds a test starts leave no build servers behind.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["UseSharedCompilation"] = "false";
        var process = new TestProcess(Process.Start(start)!, marker);
        StartReaper(marker);
        process._process.OutputDataReceived += (_, e) => process.Record(e.Data);
        process._process.ErrorDataReceived += (_, e) => process.Record(e.Data);
        process._process.BeginOutputReadLine();
        process._process.BeginErrorReadLine();
        return process;
    }

    /// <summary>
    /// Starts <paramref name="fileName"/> with <paramref name="arguments"/> in <paramref name="workingDirectory"/> (the
    /// repository by default), its input open to <see cref="TypeAsync"/>.
    /// </summary>
    public static TestProcess Start(string fileName, IEnumerable<string> arguments, string? workingDirectory = null) =>
        Start(new ProcessStartInfo(fileName, arguments) { WorkingDirectory = workingDirectory ?? RepositoryFolders.Root, RedirectStandardInput = true });

    /// <summary>The first line (from the start) that satisfies <paramref name="condition"/>.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> condition, string what, CancellationToken ct)
    {
        for (var seen = 0; ;)
        {
            Task more;
            lock (_gate)
            {
                for (; seen < _lines.Count; seen++)
                {
                    if (condition(_lines[seen]))
                    {
                        return _lines[seen];
                    }
                }

                if (_endedStreams == 2)
                {
                    throw new InvalidOperationException($"The program ended its output before {what}; it printed:\n{string.Join('\n', _lines)}");
                }

                more = _more.Task;
            }

            try
            {
                await more.WaitAsync(ct);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Gave up waiting for {what}; the program printed:\n{string.Join('\n', Lines)}");
            }
        }
    }

    /// <summary>Waits for a line containing <paramref name="text"/> after the first <paramref name="after"/> lines.</summary>
    public Task<string> WaitForAsync(string text, CancellationToken ct, int after = 0)
    {
        var index = 0;
        return WaitForLineAsync(line => index++ >= after && line.Contains(text, StringComparison.Ordinal), $"\"{text}\"", ct);
    }

    public async Task TypeAsync(string line)
    {
        await _process.StandardInput.WriteLineAsync(line);
        await _process.StandardInput.FlushAsync();
    }

    /// <summary>Waits for the program to exit, and for the last of its output.</summary>
    public async Task<int> ExitCodeAsync(CancellationToken ct)
    {
        await _process.WaitForExitAsync(ct);
        return _process.ExitCode;
    }

    /// <summary>Sends a signal (<c>TERM</c>, <c>INT</c>, …) to the program itself, as a service manager or Ctrl-C would.</summary>
    public async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", _process.Id.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    /// <summary>The processes of this run still alive (not exited, not a zombie), wherever they are in the process tree.</summary>
    public IReadOnlyList<int> AliveProcesses() => Processes.WithEnvironment(MarkerVariable, _marker);

    /// <summary>Kills every process of this run, then waits (10 s at most) until none is alive.</summary>
    public async ValueTask DisposeAsync()
    {
        for (var waited = Stopwatch.StartNew(); ;)
        {
            var alive = AliveProcesses();
            if (alive.Count == 0)
            {
                break;
            }

            if (waited.Elapsed > TimeSpan.FromSeconds(10))
            {
                throw new InvalidOperationException($"Processes {string.Join(", ", alive)} of a test survived SIGKILL.");
            }

            foreach (var pid in alive)
            {
                Processes.Kill(pid);
            }

            await Task.Delay(50);
        }

        _process.Dispose();
    }

    private static void StartReaper(string marker)
    {
        var reaper = new ProcessStartInfo("bash",
            [Path.Combine(RepositoryFolders.Root, "tests", "tools", "reap-when-orphaned.sh"), Environment.ProcessId.ToString(CultureInfo.InvariantCulture), marker])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process.Start(reaper)!.Dispose();
    }

    private void Record(string? line)
    {
        TaskCompletionSource more;
        lock (_gate)
        {
            if (line is null)
            {
                _endedStreams++;
            }
            else
            {
                _lines.Add(line);
            }

            more = _more;
            _more = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        more.TrySetResult();
    }
}
