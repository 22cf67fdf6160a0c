namespace DakarCafe.Client;

/// <summary>The stage of a client's connection; see <see cref="ConnectionState"/>.</summary>
public enum ConnectionStatus
{
    /// <summary>Not started: <see cref="DakarCafeClient.ConnectAsync"/> starts it.</summary>
    Idle,

    /// <summary>The first attempt.</summary>
    Connecting,

    /// <summary>The server has the client's live queries and pending mutations.</summary>
    Connected,

    /// <summary>Waiting before another attempt, after a failed first attempt as after a drop.</summary>
    Reconnecting,

    /// <summary>Disposed, for good.</summary>
    Closed,
}
