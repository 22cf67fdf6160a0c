using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace DakarCafe.Engine.Internal.Commands;

/// <summary>
/// The command the CLI asks the app's process to run, in its environment (<see cref="Variable"/>, JSON): its name and
/// its arguments by name, paths already absolute. An environment variable, not the command line, so a password given
/// to <c>users create-admin</c> is never in the process list.
/// </summary>
internal sealed record CommandRequest(string Name, Dictionary<string, string> Arguments)
{
    public const string Variable = "DAKARCAFE_COMMAND";

    public static CommandRequest? Read(IConfiguration configuration) =>
        configuration[Variable] is { Length: > 0 } json ? JsonSerializer.Deserialize<CommandRequest>(json, CommandMessages.Json) : null;

    public string ToJson() => JsonSerializer.Serialize(this, CommandMessages.Json);
}
