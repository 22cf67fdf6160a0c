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

    /// <summary>Configuration beside the test defaults (such as <c>Engine:Limits:QueryBurst</c>), by key.</summary>
    public IDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>(StringComparer.Ordinal);

    /// <summary>Replaces services after the app's own registrations (a loopback provider, say).</summary>
    public Action<IServiceCollection>? Services { get; set; }
}
