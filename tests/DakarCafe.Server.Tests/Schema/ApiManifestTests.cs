using DakarCafe.Engine;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using Microsoft.Extensions.Configuration;

namespace DakarCafe.Server.Tests.Schema;

public sealed class ApiManifestTests
{
    private static IReadOnlyList<FunctionReference> Manifest => typeof(Api).GetNestedTypes()
        .SelectMany(module => module.GetProperties())
        .Select(property => (FunctionReference)property.GetValue(null)!)
        .ToList();

    [Fact]
    public void The_api_manifest_lists_exactly_the_functions_clients_may_call()
    {
        var engine = new EngineBuilder();
        ShopModules.Register(engine, new ConfigurationBuilder().Build(), new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = "Development" });

        Manifest.Select(f => f.Name).Should().BeEquivalentTo(engine.Functions.PublicNames);
        engine.Functions.Names.Except(engine.Functions.PublicNames).Should().NotBeEmpty().And.AllSatisfy(n => Manifest.Should().NotContain(f => f.Name == n));
    }

    [Fact]
    public void Each_manifest_entry_is_named_after_its_module_and_property()
    {
        foreach (var module in typeof(Api).GetNestedTypes())
        {
            foreach (var property in module.GetProperties())
            {
                var reference = (FunctionReference)property.GetValue(null)!;
                reference.Name.Should().Be($"{char.ToLowerInvariant(module.Name[0])}{module.Name[1..]}:{char.ToLowerInvariant(property.Name[0])}{property.Name[1..]}");
            }
        }
    }
}
