using DakarCafe.Engine.Commands;
using DakarCafe.Engine.Storage;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DakarCafe.Engine.Internal.Commands;

/// <summary><c>db-patch FILE</c>: the SQL a deployment's database lacks for this version, to review before <c>db-apply</c>.</summary>
internal sealed class DbPatchCommand : IDeploymentCommand
{
    public string Name => "db-patch";

    public bool StartsApp => false;

    public async Task<DeploymentCommandOutcome> RunAsync(DeploymentCommandContext context, CancellationToken ct)
    {
        var file = context.RequiredArgument("file");
        var script = await SchemaScripts.WriteAsync(context.Services.GetRequiredService<IDocumentStore>(), ct);
        if (script is null)
        {
            return DeploymentCommandOutcome.Success("The database's schema is up to date: nothing to write.");
        }

        await File.WriteAllTextAsync(file, script, ct);
        return DeploymentCommandOutcome.Success($"Wrote {file} ({script.Split('\n').Length} lines). Review it, then: dakarcafe db-apply {file}");
    }
}

/// <summary><c>db-apply FILE</c>: applies a reviewed <c>db-patch</c> script in one transaction and records it.</summary>
internal sealed class DbApplyCommand : IDeploymentCommand
{
    public string Name => "db-apply";

    public bool StartsApp => false;

    public async Task<DeploymentCommandOutcome> RunAsync(DeploymentCommandContext context, CancellationToken ct)
    {
        var file = context.RequiredArgument("file");
        var script = await File.ReadAllTextAsync(file, ct);
        try
        {
            var applied = await SchemaScripts.ApplyAsync(context.Services.GetRequiredService<IDocumentStore>(),
                context.Services.GetRequiredService<NpgsqlDataSource>(), Path.GetFileName(file), script, ct);
            return DeploymentCommandOutcome.Success(applied
                ? $"Applied {file}; the schema is the one this version expects."
                : "The database's schema is already up to date: nothing was applied.");
        }
        catch (SchemaMismatchException refused)
        {
            return DeploymentCommandOutcome.Failure($"Nothing was applied: {refused.Message}");
        }
    }
}
