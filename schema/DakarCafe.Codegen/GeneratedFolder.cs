namespace DakarCafe.Codegen;

/// <summary>Writes generated files into their folder, or only compares them.</summary>
public static class GeneratedFolder
{
    /// <summary>
    /// The files of <paramref name="files"/> that differ from (or are missing in) <paramref name="folder"/>; written
    /// unless <paramref name="checkOnly"/>. Files the generator no longer makes are left to the app.
    /// </summary>
    public static IReadOnlyList<string> Update(string folder, IReadOnlyDictionary<string, string> files, bool checkOnly)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (!checkOnly)
        {
            Directory.CreateDirectory(folder);
        }

        var stale = new List<string>();
        foreach (var (name, content) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var path = Path.Combine(folder, name);
            if (File.Exists(path) && File.ReadAllText(path) == content)
            {
                continue;
            }

            stale.Add(path);
            if (!checkOnly)
            {
                File.WriteAllText(path, content);
            }
        }

        return stale;
    }
}
