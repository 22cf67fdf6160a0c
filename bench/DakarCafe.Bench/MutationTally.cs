using System.Collections.Concurrent;
using System.Diagnostics;
using DakarCafe.Client;

namespace DakarCafe.Bench;

/// <summary>Mutations as their clients were told: how long each answered one took, and the failures by error code.</summary>
internal sealed class MutationTally
{
    private readonly ConcurrentDictionary<string, int> _failures = new(StringComparer.Ordinal);
    private Latencies _answers = new();

    public Latencies Answers => Volatile.Read(ref _answers);

    /// <summary>The failures counted, as "CODE n, ..." or "none".</summary>
    public string Failures => _failures.IsEmpty ? "none" : string.Join(", ", _failures.Select(f => $"{f.Key} {f.Value}"));

    /// <summary>Runs the mutation: its answer time is counted, or its failure under its code.</summary>
    public async Task TimeAsync(Func<Task> mutation)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await mutation();
            Answers.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (DakarCafeException e)
        {
            Fail(e.Code);
        }
    }

    public void Fail(string code) => _failures.AddOrUpdate(code, 1, (_, n) => n + 1);

    /// <summary>What was counted since the last call, and a fresh start.</summary>
    public (Latencies Answers, string Failures) Take()
    {
        var answers = Interlocked.Exchange(ref _answers, new Latencies());
        var failures = Failures;
        _failures.Clear();
        return (answers, failures);
    }
}
