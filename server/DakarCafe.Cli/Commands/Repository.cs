using System.Diagnostics;
using Spectre.Console;

namespace DakarCafe.Cli.Commands;

/// <summary>The commands that work on the repository's sources (codegen, dev): found from the current folder up.</summary>
internal static class Repository
{
    public static string? FindRoot()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DakarCafe.sln")))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    /// <summary>Runs <c>dotnet</c> with the arguments in the repository's root, its output passed through; returns its exit code.</summary>
    public static async Task<int> DotnetAsync(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment, CancellationToken ct)
    {
        if (FindRoot() is not { } root)
        {
            AnsiConsole.MarkupLine("[red]Run this inside the DakarCafé repository (no DakarCafe.sln above the current folder).[/]");
            return 1;
        }

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
