using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DakarCafe.Testing;

/// <summary>How <see cref="DakarCafeTestApp{TProgram}"/> starts the app.</summary>
public sealed class TestAppOptions
{
    /// <summary>
    /// A fake clock the app runs on instead of the machine's (its <see cref="TimeProvider"/>): time moves only when the
    /// test advances it (<see cref="DakarCafeTestApp{TProgram}.AdvanceAsync"/>), and scheduled jobs and crons run only
    /// then, as they become due (<c>AdvanceAsync(TimeSpan.Zero)</c> runs what is due now). Null: the machine's clock.
    /// </summary>
    public FakeTimeProvider? Clock { get; set; }

    /// <summary>
    /// The database to run over, by connection string: one a test made itself, or a stopped app's, to start it again
    /// over the same data. Null: a fresh database on the package's private PostgreSQL.
    /// </summary>
    public string? Database { get; set; }

    /// <summary>The port to listen on at 127.0.0.1, to start an app again where its clients expect it; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>
    /// Whether starting waits until the app serves (the engine and every <c>IReadinessGate</c>, such as the token
    /// server's, ready). False starts an app over a database that is not up yet, to watch how it waits for it.
    /// </summary>
    public bool WaitUntilServing { get; set; } = true;

    /// <summary>Configuration beside the test defaults (such as <c>Engine:Limits:QueryBurst</c>), by key.</summary>
    public IDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>(StringComparer.Ordinal);

    /// <summary>Replaces services after the app's own registrations (a loopback provider, say).</summary>
    public Action<IServiceCollection>? Services { get; set; }
}
