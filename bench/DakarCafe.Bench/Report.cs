using System.Text;

namespace DakarCafe.Bench;

/// <summary>A benchmark's report: printed as it goes and written to bench/results/ at the end.</summary>
internal sealed class Report(string name)
{
    private readonly StringBuilder _text = new();

    public void Say(string line)
    {
        Console.WriteLine(line);
        _text.AppendLine(line);
    }

    public async Task WriteAsync()
    {
        var file = Path.Combine(ResultsFolder(), $"{name}-{TimeProvider.System.GetUtcNow():yyyyMMdd-HHmm}.md");
        await File.WriteAllTextAsync(file, _text.ToString());
        Console.WriteLine($"written to {file}");
    }

    private static string ResultsFolder() => RepositoryRoot() is { } root ? Path.Combine(root, "bench", "results") : Directory.GetCurrentDirectory();

    /// <summary>The repository this benchmark was built in (DakarCafe.sln above its binaries), or null.</summary>
    public static string? RepositoryRoot()
    {
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "DakarCafe.sln")))
            {
                return dir;
            }
        }

        return null;
    }
}
