using System.Reflection;
using System.Text.RegularExpressions;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;

namespace DakarCafe.Codegen.Tests;

/// <summary>
/// The TypeScript SDK ships the engine's error codes itself (apps' generated errors.ts import its <c>ErrorCode</c>), so
/// its copy must be the protocol's, code for code.
/// </summary>
public sealed partial class ClientErrorCodesTests
{
    private static readonly string ClientFile = Path.Combine(RepositoryFolders.Root, "client-sdk", "typescript", "src", "browser", "errorCodes.ts");

    [Fact]
    public void The_typescript_client_has_every_code_of_the_protocol_under_its_camel_case_name_and_no_other()
    {
        var protocol = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .ToDictionary(f => char.ToLowerInvariant(f.Name[0]) + f.Name[1..], f => (string)f.GetRawConstantValue()!);

        var client = Entry().Matches(File.ReadAllText(ClientFile)).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["code"].Value);

        protocol.Should().HaveCountGreaterThan(10);
        client.Should().BeEquivalentTo(protocol);
    }

    [GeneratedRegex("""^  (?<name>[a-zA-Z]+): "(?<code>[A-Z_]+)",$""", RegexOptions.Multiline)]
    private static partial Regex Entry();
}
