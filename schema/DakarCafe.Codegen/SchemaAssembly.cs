using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace DakarCafe.Codegen;

/// <summary>
/// Loads an app's built schema assembly for code generation, in a context of its own (so the CLI can read any app's
/// schema, even one named like an assembly it holds itself), sharing the protocol with the generator: the function
/// references the schema declares are the generator's own types.
/// </summary>
public static class SchemaAssembly
{
    private static readonly ConditionalWeakTable<Assembly, string> Paths = [];

    /// <summary>The assembly at <paramref name="path"/> (a built schema project's DLL, its XML docs beside it).</summary>
    public static Assembly Load(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"No schema assembly at {full}: build the schema project first.", full);
        }

        // From its bytes: the runtime keeps the image of a path it loaded, so a rebuilt schema at the same path would
        // come back as it was at the first load.
        using var image = new MemoryStream(File.ReadAllBytes(full));
        var assembly = new SchemaLoadContext(full).LoadFromStream(image);
        Paths.AddOrUpdate(assembly, full);
        return assembly;
    }

    /// <summary>Where a schema assembly was loaded from (its XML docs are beside it); its location for any other assembly.</summary>
    public static string PathOf(Assembly assembly) => Paths.TryGetValue(assembly, out var path) ? path : assembly.Location;

    private sealed class SchemaLoadContext(string schemaPath) : AssemblyLoadContext($"schema:{schemaPath}", isCollectible: true)
    {
        private readonly AssemblyDependencyResolver _resolver = new(schemaPath);

        protected override Assembly? Load(AssemblyName name)
        {
            // What the generator holds (the protocol, the framework) is shared; the rest comes from beside the schema.
            if (Default.Assemblies.Any(a => a.GetName().Name == name.Name))
            {
                return null;
            }

            return _resolver.ResolveAssemblyToPath(name) is { } path ? LoadFromAssemblyPath(path) : null;
        }
    }
}
