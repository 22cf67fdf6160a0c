using System.Diagnostics;
using Spectre.Console;

namespace DakarCafe.Cli.Commands;

/// <summary>The commands that work on the repository's sources (codegen, dev): found from the current folder up.</summary>
internal static class Repository
{
    /// <summary>The repository's root, or null (and, unless <paramref name="quiet"/>, a line saying so) when the current folder is outside it.</summary>
    public static string? FindRoot(bool quiet = false)
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DakarCafe.sln")))
            {
                return folder.FullName;
            }
        }

        if (!quiet)
        {
            AnsiConsole.MarkupLine("[red]Run this inside the DakarCafé repository (no DakarCafe.sln above the current folder).[/]");
        }

        return null;
    }

    /// <summary>
    /// Runs <c>dotnet</c> with the arguments in the repository's root, its input and output passed through; returns
    /// its exit code. When <paramref name="ct"/> is cancelled, the child and all its descendants are killed.
    /// </summary>
    public static async Task<int> DotnetAsync(string root, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment,
        CancellationToken ct)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = root };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return process.ExitCode;
    }
}
