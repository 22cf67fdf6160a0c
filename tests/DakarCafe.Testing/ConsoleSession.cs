using System.Diagnostics;

namespace DakarCafe.Testing;

/// <summary>
/// A terminal program driven as a person would: its output read line by line, lines typed on its input. Waits are
/// bounded and name what they wait for; the process is killed when the session is disposed.
/// </summary>
public sealed class ConsoleSession : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly Lock _gate = new();
    private TaskCompletionSource _more = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ConsoleSession(Process process) => _process = process;

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

    public static ConsoleSession Start(string fileName, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? RepositoryFolders.Root,
            Environment = { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" },
        };
        var session = new ConsoleSession(Process.Start(start)!);
        session._process.OutputDataReceived += (_, e) => session.Record(e.Data);
        session._process.ErrorDataReceived += (_, e) => session.Record(e.Data);
        session._process.BeginOutputReadLine();
        session._process.BeginErrorReadLine();
        return session;
    }

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

    public async Task<int> ExitCodeAsync(CancellationToken ct)
    {
        await _process.WaitForExitAsync(ct);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        TaskCompletionSource more;
        lock (_gate)
        {
            _lines.Add(line);
            more = _more;
            _more = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        more.TrySetResult();
    }
}
