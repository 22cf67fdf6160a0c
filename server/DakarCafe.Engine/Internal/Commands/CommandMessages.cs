using System.Text.Json;
using DakarCafe.Engine.Backup;
using DakarCafe.Engine.Commands;

namespace DakarCafe.Engine.Internal.Commands;

/// <summary>
/// What the app's process tells the CLI on its standard output while it runs a command: one JSON message per line
/// after <see cref="CommandMessages.Prefix"/> (progress, then the outcome); every other line is the app's own (logs), which the CLI
/// passes on as they are.
/// </summary>
internal sealed record CommandMessage(ArchiveProgress? Progress = null, DeploymentCommandOutcome? Outcome = null);

internal static class CommandMessages
{
    public const string Prefix = "@dakarcafe ";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Line(CommandMessage message) => Prefix + JsonSerializer.Serialize(message, Json);

    /// <summary>The message on a line of the app's output; null for the app's own lines.</summary>
    public static CommandMessage? Parse(string line) =>
        line.StartsWith(Prefix, StringComparison.Ordinal) ? JsonSerializer.Deserialize<CommandMessage>(line.AsSpan(Prefix.Length), Json) : null;
}
