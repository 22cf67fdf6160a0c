namespace DakarCafe.Client;

/// <summary>Where a client's connection stands, for an "offline" banner; raised by <see cref="DakarCafeClient.ConnectionStateChanged"/>.</summary>
/// <param name="Status">The stage.</param>
/// <param name="Attempt">While <see cref="ConnectionStatus.Reconnecting"/>: the number of the next attempt (1 for the first retry).</param>
/// <param name="NextDelay">While <see cref="ConnectionStatus.Reconnecting"/>: the wait before that attempt.</param>
/// <param name="LastError">While <see cref="ConnectionStatus.Reconnecting"/>: why the last attempt (or the connection) failed.</param>
public sealed record ConnectionState(ConnectionStatus Status, int Attempt = 0, TimeSpan NextDelay = default, string? LastError = null);
