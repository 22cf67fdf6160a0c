using DakarCafe.Engine.Backup;
using Spectre.Console;

namespace DakarCafe.Cli.Commands;

/// <summary>A progress bar per phase of an export or import (checking, tables, files).</summary>
internal static class ArchiveProgressBar
{
    public static Task<T> RunAsync<T>(Func<IProgress<ArchiveProgress>, Task<T>> work) => AnsiConsole.Progress()
        .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
        .StartAsync(async ctx =>
        {
            var phases = new Dictionary<string, ProgressTask>();
            var result = await work(new SynchronousProgress(report =>
            {
                if (!phases.TryGetValue(report.Phase, out var task))
                {
                    phases[report.Phase] = task = ctx.AddTask(report.Phase, maxValue: Math.Max(report.Total, 1));
                }

                task.Value = report.Done;
                task.Description = $"{report.Phase} [grey]{Markup.Escape(report.Item)}[/]";
            }));
            foreach (var (phase, task) in phases)
            {
                task.Description = phase;
                task.Value = task.MaxValue;
            }

            return result;
        });

    /// <summary>Reports on the caller's thread, in order (<see cref="Progress{T}"/> would post them later).</summary>
    private sealed class SynchronousProgress(Action<ArchiveProgress> report) : IProgress<ArchiveProgress>
    {
        public void Report(ArchiveProgress value) => report(value);
    }
}
