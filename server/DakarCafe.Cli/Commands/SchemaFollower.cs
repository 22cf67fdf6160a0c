using Spectre.Console;

namespace DakarCafe.Cli.Commands;

/// <summary>
/// Keeps an app's generated TypeScript in step while <c>dakarcafe dev</c> runs: each time <c>dotnet watch</c> rebuilds
/// the schema project (its Debug assembly changes), the files are generated from that build, so the types a web client
/// compiles against are the server's that just restarted. It never builds by itself, which would race the watcher's build.
/// </summary>
internal sealed class SchemaFollower : IAsyncDisposable
{
    /// <summary>How often the schema's assembly is looked at; a change is generated from once it stopped changing.</summary>
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(300);

    private readonly AppProject _app;
    private readonly string _assembly;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _following;
    private DateTime _generatedFrom;
    private DateTime _seen;

    private SchemaFollower(AppProject app, string assembly)
    {
        (_app, _assembly) = (app, assembly);
        _following = Task.Run(() => FollowAsync(_stop.Token));
    }

    /// <summary>Follows the app's schema build; null (with a line saying why) when its assembly cannot be located.</summary>
    public static async Task<SchemaFollower?> StartAsync(AppProject app, CancellationToken ct)
    {
        if (await app.SchemaAssemblyAsync("Debug", ct) is not { } assembly)
        {
            AnsiConsole.MarkupLine($"[yellow]The generated TypeScript will not follow the schema:[/] {Markup.Escape(app.SchemaProject)} did not say where it builds.");
            return null;
        }

        return new SchemaFollower(app, assembly);
    }

    /// <summary>One look per interval, never two at once (a generation may outlast an interval).</summary>
    private async Task FollowAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                Look();
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The dev command ended.
        }
    }

    /// <summary>Generates once the assembly has a new write time that held for one interval (the build finished writing it).</summary>
    private void Look()
    {
        var written = File.Exists(_assembly) ? File.GetLastWriteTimeUtc(_assembly) : default;
        if (written == default || written == _generatedFrom)
        {
            return;
        }

        if (written != _seen)
        {
            _seen = written;
            return;
        }

        _generatedFrom = written;
        Generate();
    }

    private void Generate()
    {
        try
        {
            var written = _app.UpdateGenerated(_assembly, checkOnly: false);
            if (written.Count > 0)
            {
                AnsiConsole.MarkupLine($"[green]codegen[/] written: {Markup.Escape(_app.Describe(written))}");
            }
        }
        catch (Exception e) when (e is IOException or BadImageFormatException or InvalidOperationException or NotSupportedException)
        {
            // A build still writing the assembly, or a schema codegen refuses: said, and tried again at the next build.
            AnsiConsole.MarkupLine($"[yellow]codegen skipped:[/] {Markup.Escape(e.Message)}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _following;
        _stop.Dispose();
    }
}
