using System.Diagnostics;
using DakarCafe.Engine.LocalPostgres;

namespace DakarCafe.Engine.Internal.LocalPostgres;

/// <summary>Runs the PostgreSQL tools, as the <c>postgres</c> user when this process is root (they refuse root).</summary>
internal static class ProcessRunner
{
    public const string ServiceUser = "postgres";

    public static bool IsRoot => Environment.UserName == "root";

    public sealed record Result(int ExitCode, string Output)
    {
        public bool Succeeded => ExitCode == 0;
    }

    /// <summary>Runs a PostgreSQL tool as the service user (when root) or as ourselves.</summary>
    public static Task<Result> RunAsync(string file, IReadOnlyList<string> arguments, CancellationToken ct) =>
        IsRoot ? RunAsSelfAsync("runuser", ["-u", ServiceUser, "--", file, .. arguments], ct) : RunAsSelfAsync(file, arguments, ct);

    /// <summary>Runs a program as this process's own user.</summary>
    public static async Task<Result> RunAsSelfAsync(string file, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new LocalPostgresException($"Could not start {file}.");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return new Result(process.ExitCode, ((await stdout) + (await stderr)).Trim());
    }
}
