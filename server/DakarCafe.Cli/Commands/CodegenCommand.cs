using System.ComponentModel;
using Spectre.Console.Cli;

namespace DakarCafe.Cli.Commands;

/// <summary><c>dakarcafe codegen</c>: the TypeScript SDK's generated code from schema/ (the same as <c>scripts/codegen</c>).</summary>
internal sealed class CodegenCommand : AsyncCommand<CodegenCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--check")]
        [Description("Only compare: fail when the committed generated code is out of date.")]
        public bool Check { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellation) =>
        Repository.FindRoot() is { } root
            ? await Repository.DotnetAsync(root,
                ["run", "--project", "schema/DakarCafe.Codegen", "-c", "Release", "-v", "quiet", "--", .. settings.Check ? ["--check"] : Array.Empty<string>()],
                environment: null, cancellation)
            : 1;
}
