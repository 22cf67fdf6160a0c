using DakarCafe.Client.Auth;

namespace DakarCafe.Client;

/// <summary>How a <see cref="DakarCafeClient"/> reaches its server and keeps its connection and session alive.</summary>
public sealed record DakarCafeClientOptions
{
    /// <summary>The server's base address, such as http://127.0.0.1:5080.</summary>
    public required Uri ServerUrl { get; init; }

    /// <summary>The session id kept across reconnects (mutations are deduplicated within it); a fresh one by default.</summary>
    public string SessionId { get; init; } = Guid.NewGuid().ToString("N");

    /// <summary>Where access tokens come from (<see cref="PasswordSignIn"/>, <see cref="FixedAccessToken"/>, or your own); null connects anonymously.</summary>
    public IAccessTokenProvider? TokenProvider { get; init; }

    /// <summary>True to speak JSON instead of MessagePack on the wire.</summary>
    public bool UseJsonProtocol { get; init; }

    /// <summary>The first delay before reconnecting; it doubles (jittered) up to <see cref="MaxReconnectDelay"/>.</summary>
    public TimeSpan ReconnectDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest delay between reconnect attempts.</summary>
    public TimeSpan MaxReconnectDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long the client waits hearing nothing from the server (which pings every 15 s) before it takes the
    /// connection as lost and reconnects: a network that went silent, without a FIN or RST, is noticed within it.
    /// </summary>
    public TimeSpan ServerTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one connection attempt (handshake and resume) may take before it is abandoned and the next one tried.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long a call waits for the connection and its answer before failing with <c>TIMEOUT</c> (a mutation that
    /// timed out may still be applied).
    /// </summary>
    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long before its expiry a token is replaced on the live connection (at most a third of its lifetime).</summary>
    public TimeSpan TokenRefreshMargin { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The clock that times token refreshes; tests move it.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
