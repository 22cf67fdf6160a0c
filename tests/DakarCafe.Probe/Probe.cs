namespace DakarCafe.Probe;

/// <summary>One attempt at what the server must refuse; it answers null when the server held, else what got through.</summary>
internal sealed record Probe(string Category, string Name, Func<ProbeContext, CancellationToken, Task<string?>> Attempt)
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    public async Task<string?> RunAsync(ProbeContext context)
    {
        using var bound = new CancellationTokenSource(Bound);
        try
        {
            return await Attempt(context, bound.Token);
        }
        catch (OperationCanceledException) when (bound.IsCancellationRequested)
        {
            return $"no answer within {Bound.TotalSeconds:0} s";
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }
}
