namespace DakarCafe.Client;

/// <summary>How a <see cref="DakarCafeClient"/> reaches its server.</summary>
public sealed record DakarCafeClientOptions
{
    /// <summary>The server's base address, such as http://127.0.0.1:5080.</summary>
    public required Uri ServerUrl { get; init; }

    /// <summary>The session id kept across reconnects; a fresh one by default.</summary>
    public string SessionId { get; init; } = Guid.NewGuid().ToString("N");

    /// <summary>Gives the access token to open the connection with (and to reconnect with); null or returning null connects anonymously.</summary>
    public Func<Task<string?>>? AccessTokenProvider { get; init; }

    /// <summary>True to speak JSON instead of MessagePack on the wire.</summary>
    public bool UseJsonProtocol { get; init; }

    /// <summary>Delays between reconnect attempts, cycled; each is jittered by up to half of it.</summary>
    public IReadOnlyList<TimeSpan> ReconnectDelays { get; init; } =
        [TimeSpan.Zero, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5)];
}
