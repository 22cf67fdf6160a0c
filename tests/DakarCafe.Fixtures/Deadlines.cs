namespace DakarCafe.Fixtures;

/// <summary>How long a test waits for something that should happen: bounded, and cancelled with the test.</summary>
public static class Deadlines
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public static CancellationToken Within(TimeSpan? timeout = null) =>
        CancellationTokenSource.CreateLinkedTokenSource(Xunit.TestContext.Current.CancellationToken, new CancellationTokenSource(timeout ?? Patience).Token).Token;

    /// <summary>Polls <paramref name="condition"/> every 25 ms until it holds; past the patience, fails naming <paramref name="what"/>.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = Within(timeout);
        while (!await condition())
        {
            if (deadline.IsCancellationRequested)
            {
                throw new TimeoutException($"Not within {(timeout ?? Patience).TotalSeconds:0.#} s: {what}.");
            }

            await Task.Delay(25, CancellationToken.None);
        }
    }

    /// <inheritdoc cref="UntilAsync(Func{Task{bool}}, string, TimeSpan?)"/>
    public static Task UntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null) =>
        UntilAsync(() => Task.FromResult(condition()), what, timeout);

    /// <summary>Polls <paramref name="condition"/> like <see cref="UntilAsync(Func{bool}, string, TimeSpan?)"/>; false, not an exception, when it does not hold in time.</summary>
    public static async Task<bool> HoldsWithinAsync(Func<bool> condition, TimeSpan timeout)
    {
        try
        {
            await UntilAsync(condition, "the condition", timeout);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
