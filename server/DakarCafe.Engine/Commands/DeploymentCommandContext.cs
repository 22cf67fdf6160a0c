using DakarCafe.Engine.Backup;

namespace DakarCafe.Engine.Commands;

/// <summary>What a <see cref="IDeploymentCommand"/> runs with: the app's services, the CLI's arguments and a progress sink.</summary>
public sealed class DeploymentCommandContext
{
    private readonly IReadOnlyDictionary<string, string> _arguments;

    internal DeploymentCommandContext(IServiceProvider services, IReadOnlyDictionary<string, string> arguments, IProgress<ArchiveProgress> progress)
    {
        Services = services;
        _arguments = arguments;
        Progress = progress;
    }

    /// <summary>The app's services, as its server has them.</summary>
    public IServiceProvider Services { get; }

    /// <summary>Where a long command reports how far it is, phase by phase; the CLI shows it as progress bars.</summary>
    public IProgress<ArchiveProgress> Progress { get; }

    /// <summary>The argument the CLI passed under <paramref name="name"/> (such as <c>file</c>), or null.</summary>
    public string? Argument(string name) => _arguments.GetValueOrDefault(name);

    /// <summary>The argument the CLI passed under <paramref name="name"/>; the CLI always passes the ones a command requires.</summary>
    public string RequiredArgument(string name) =>
        Argument(name) ?? throw new ArgumentException($"The command needs the argument \"{name}\".", nameof(name));
}

/// <summary>How a deployment command ended: the CLI prints the message and exits 0 on success, 1 otherwise.</summary>
/// <param name="Succeeded">Whether it did what was asked (or found nothing to do).</param>
/// <param name="Message">One sentence for the operator.</param>
public sealed record DeploymentCommandOutcome(bool Succeeded, string Message)
{
    /// <summary>It did what was asked.</summary>
    public static DeploymentCommandOutcome Success(string message) => new(true, message);

    /// <summary>It refused, and wrote nothing.</summary>
    public static DeploymentCommandOutcome Failure(string message) => new(false, message);
}
