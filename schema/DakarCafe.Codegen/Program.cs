using DakarCafe.Codegen;

// Writes the TypeScript SDK's generated files; with --check, only compares them and fails when they are out of date.
var check = args.Contains("--check");
var root = FindRoot(Directory.GetCurrentDirectory());
var folder = Path.Combine(root, "client-sdk", "typescript", "src", "generated");
Directory.CreateDirectory(folder);
var stale = new List<string>();
foreach (var (name, content) in SdkFiles.Generate())
{
    var path = Path.Combine(folder, name);
    if (File.Exists(path) && File.ReadAllText(path) == content)
    {
        continue;
    }

    stale.Add(Path.GetRelativePath(root, path));
    if (!check)
    {
        File.WriteAllText(path, content);
    }
}

Console.WriteLine(stale.Count == 0 ? "generated files are up to date" : $"{(check ? "out of date" : "written")}: {string.Join(", ", stale)}");
return check && stale.Count > 0 ? 1 : 0;

static string FindRoot(string from)
{
    for (var dir = from; dir is not null; dir = Path.GetDirectoryName(dir))
    {
        if (File.Exists(Path.Combine(dir, "DakarCafe.sln")))
        {
            return dir;
        }
    }

    throw new InvalidOperationException("Run from inside the repository (DakarCafe.sln not found above " + from + ").");
}
