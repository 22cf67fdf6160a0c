using System.Diagnostics;

namespace DakarCafe.Cli.Commands;

/// <summary>Runs the <c>dotnet</c> command line for the commands that work on an app's sources (codegen, dev).</summary>
internal static class Dotnet
{
    /// <summary>
    /// Runs <c>dotnet</c> with the arguments in <paramref name="folder"/>, its input and output passed through; returns
    /// its exit code. When <paramref name="ct"/> is cancelled, the child and all its descendants are killed.
    /// </summary>
    public static async Task<int> RunAsync(string folder, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment,
        CancellationToken ct)
    {
        using var process = Process.Start(StartInfo(folder, arguments, environment, capture: false))!;
        await WaitAsync(process, ct);
        return process.ExitCode;
    }

    /// <summary>Runs <c>dotnet</c> and returns its exit code and what it printed on standard output (trimmed).</summary>
    public static async Task<(int ExitCode, string Output)> CaptureAsync(string folder, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        using var process = Process.Start(StartInfo(folder, arguments, environment: null, capture: true))!;
        var output = process.StandardOutput.ReadToEndAsync(ct);
        await WaitAsync(process, ct);
        return (process.ExitCode, (await output).Trim());
    }

    private static ProcessStartInfo StartInfo(string folder, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment, bool capture)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = capture };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return start;
    }

    private static async Task WaitAsync(Process process, CancellationToken ct)
    {
        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
    }
}
