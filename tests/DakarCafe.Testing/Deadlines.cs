namespace DakarCafe.Testing;

/// <summary>How long a test waits for something that should happen: bounded, and cancelled with the test.</summary>
public static class Deadlines
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public static CancellationToken Within(TimeSpan? timeout = null) =>
        CancellationTokenSource.CreateLinkedTokenSource(Xunit.TestContext.Current.CancellationToken, new CancellationTokenSource(timeout ?? Patience).Token).Token;
}
