using System.Text.Json;
using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Limits;
using DakarCafe.Protocol;

namespace DakarCafe.Engine.Scheduling;

/// <summary>
/// A mutation's way to run functions later: the jobs are written in the mutation's own transaction, so they exist
/// exactly when the mutation commits. Each job runs once, on whichever node claims it when it is due.
/// </summary>
public sealed class JobScheduler
{
    private readonly MutationContext _mutation;
    private readonly FunctionRegistry _registry;
    private readonly EngineLimits _limits;

    internal JobScheduler(MutationContext mutation, FunctionRegistry registry, EngineLimits limits) =>
        (_mutation, _registry, _limits) = (mutation, registry, limits);

    /// <summary>Runs a mutation or action by name after <paramref name="delay"/>; returns the job's id.</summary>
    public Guid RunAfter(TimeSpan delay, string function, object args) => RunAt(_mutation.Time.GetUtcNow() + delay, function, args);

    /// <summary>Runs a mutation or action by name at <paramref name="time"/> (at once if it is past); returns the job's id.</summary>
    public Guid RunAt(DateTimeOffset time, string function, object args)
    {
        var job = Job(function, JsonSerializer.Serialize(args, args.GetType(), WireJson.Options), time, _mutation.Time.GetUtcNow(), _registry, _limits, cron: null);
        _mutation.Store(job);
        return job.Id;
    }

    /// <summary>Runs a public mutation after <paramref name="delay"/>.</summary>
    public Guid RunAfter<TArgs, TResult>(TimeSpan delay, MutationReference<TArgs, TResult> mutation, TArgs args) where TArgs : notnull =>
        RunAfter(delay, mutation.Name, args);

    /// <summary>Runs a public action after <paramref name="delay"/>.</summary>
    public Guid RunAfter<TArgs, TResult>(TimeSpan delay, ActionReference<TArgs, TResult> action, TArgs args) where TArgs : notnull =>
        RunAfter(delay, action.Name, args);

    /// <summary>Cancels a job that has not started; false when it already ran, runs, or does not exist.</summary>
    public async Task<bool> CancelAsync(Guid jobId, CancellationToken ct) => await TryCancelAsync(jobId, ct) is not null;

    /// <summary>Cancels a job that has not started and returns it cancelled; null when it already ran, runs, or does not exist.</summary>
    internal async Task<ScheduledJob?> TryCancelAsync(Guid jobId, CancellationToken ct)
    {
        if (await _mutation.LoadAsync<ScheduledJob>(jobId, ct) is not { State: JobState.Pending } job)
        {
            return null;
        }

        var cancelled = job with { State = JobState.Cancelled, FinishedAt = _mutation.Time.GetUtcNow() };
        _mutation.Store(cancelled);
        return cancelled;
    }

    /// <summary>A new pending job, after checking its function is a mutation or an action.</summary>
    internal static ScheduledJob Job(string function, string args, DateTimeOffset runAt, DateTimeOffset now, FunctionRegistry registry, EngineLimits limits,
        string? cron)
    {
        if (!registry.TryGet(function, out var definition) || definition.Kind == FunctionKind.Query)
        {
            throw new InvalidOperationException($"Only a registered mutation or action can be scheduled; '{function}' is not one.");
        }

        return new ScheduledJob(Guid.CreateVersion7(now), function, args, runAt, JobState.Pending, 0, limits.MaxJobAttempts, null, null, null, cron, now, null);
    }
}
