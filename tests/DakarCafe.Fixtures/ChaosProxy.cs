using System.Net;
using System.Net.Sockets;

namespace DakarCafe.Fixtures;

/// <summary>Which way bytes travel through a <see cref="ChaosProxy"/>.</summary>
[Flags]
public enum ChaosDirection
{
    /// <summary>Neither way.</summary>
    None = 0,

    /// <summary>From the client to the server.</summary>
    ToServer = 1,

    /// <summary>From the server to the client.</summary>
    ToClient = 2,

    /// <summary>Both ways.</summary>
    Both = ToServer | ToClient,
}

/// <summary>How <see cref="ChaosProxy.Drop"/> ends the open connections.</summary>
public enum ChaosDrop
{
    /// <summary>A TCP reset (RST) to both ends, as a crashed peer or a middlebox gives.</summary>
    Reset,

    /// <summary>An orderly close (FIN) to both ends.</summary>
    Close,
}

/// <summary>
/// A TCP proxy on 127.0.0.1 between a client and a server that misbehaves on demand, as a mobile network does: it
/// refuses new connections (each is reset as soon as accepted, as when the server is unreachable), drops the open
/// ones (RST or FIN), black-holes bytes one way or both (read and thrown away, with no FIN or RST, so only a
/// keep-alive notices) and delays them. <see cref="Heal"/> ends every fault; disposing closes everything.
/// </summary>
public sealed class ChaosProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint _target;
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private readonly HashSet<Link> _links = [];
    private readonly List<Task> _pumps = [];
    private readonly Task _accepting;
    private int _accepted;
    private volatile bool _refusing;
    private volatile ChaosDirection _blackHole;
    private long _delayTicks;

    private ChaosProxy(int targetPort)
    {
        _target = new IPEndPoint(IPAddress.Loopback, targetPort);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAsync();
    }

    /// <summary>The port clients connect to.</summary>
    public int Port { get; }

    /// <summary>The proxy's address, such as http://127.0.0.1:41234, to give clients instead of the server's.</summary>
    public Uri Url => new($"http://127.0.0.1:{Port}");

    /// <summary>How many connections were forwarded so far (a reconnect shows as one more).</summary>
    public int Forwarded => Volatile.Read(ref _accepted);

    /// <summary>True to reset every new connection as soon as it is accepted.</summary>
    public bool Refusing
    {
        get => _refusing;
        set => _refusing = value;
    }

    /// <summary>The directions whose bytes are read and thrown away, on open and new connections alike.</summary>
    public ChaosDirection BlackHole
    {
        get => _blackHole;
        set => _blackHole = value;
    }

    /// <summary>How long each chunk is held before it is passed on (chunks stay in order).</summary>
    public TimeSpan Delay
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _delayTicks));
        set => Interlocked.Exchange(ref _delayTicks, value.Ticks);
    }

    /// <summary>Starts a proxy to the server listening on 127.0.0.1:<paramref name="targetPort"/>.</summary>
    public static ChaosProxy To(int targetPort) => new(targetPort);

    /// <summary>Starts a proxy to the server at <paramref name="server"/> (its port on 127.0.0.1).</summary>
    public static ChaosProxy To(Uri server) => new(server.Port);

    /// <summary>Ends every open connection, with a reset or an orderly close; new ones are forwarded as before.</summary>
    public void Drop(ChaosDrop how)
    {
        foreach (var link in TakeLinks())
        {
            link.End(how);
        }
    }

    /// <summary>Ends every fault: connections are accepted, bytes pass both ways at once.</summary>
    public void Heal()
    {
        Refusing = false;
        BlackHole = ChaosDirection.None;
        Delay = TimeSpan.Zero;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        Drop(ChaosDrop.Reset);
        await _accepting.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        Task[] pumps;
        lock (_gate)
        {
            pumps = [.. _pumps];
        }

        await Task.WhenAll(pumps).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptSocketAsync(_stop.Token);
            if (_refusing)
            {
                Reset(client);
                continue;
            }

            var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await server.ConnectAsync(_target, _stop.Token);
            }
            catch (SocketException)
            {
                // The server is down: the client learns it as it would without a proxy.
                Reset(client);
                server.Dispose();
                continue;
            }

            client.NoDelay = true;
            var link = new Link(client, server);
            Interlocked.Increment(ref _accepted);
            lock (_gate)
            {
                _links.Add(link);
                _pumps.RemoveAll(p => p.IsCompleted);
                _pumps.Add(PumpAsync(link, client, server, ChaosDirection.ToServer));
                _pumps.Add(PumpAsync(link, server, client, ChaosDirection.ToClient));
            }
        }
    }

    /// <summary>Copies one direction of a link, applying the faults of the moment to each chunk; a FIN is passed on unless black-holed.</summary>
    private async Task PumpAsync(Link link, Socket from, Socket to, ChaosDirection direction)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, _stop.Token);
                if (Delay is { Ticks: > 0 } delay)
                {
                    await Task.Delay(delay, _stop.Token);
                }

                if (read == 0)
                {
                    PassOnClose(link, to, direction);
                    return;
                }

                if (_blackHole.HasFlag(direction))
                {
                    continue;
                }

                await to.SendAsync(buffer.AsMemory(0, read), _stop.Token);
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // One end reset (or the link was dropped): the other end is reset too, as a middlebox would.
            if (Forget(link))
            {
                link.End(ChaosDrop.Reset);
            }
        }
    }

    /// <summary>One end closed its side: the other end hears of it (unless that way is black-holed); once both have, the link is done.</summary>
    private void PassOnClose(Link link, Socket to, ChaosDirection direction)
    {
        if (!_blackHole.HasFlag(direction))
        {
            to.Shutdown(SocketShutdown.Send);
        }

        if (link.HalfClose() && Forget(link))
        {
            link.End(ChaosDrop.Close);
        }
    }

    private List<Link> TakeLinks()
    {
        lock (_gate)
        {
            var links = _links.ToList();
            _links.Clear();
            return links;
        }
    }

    private bool Forget(Link link)
    {
        lock (_gate)
        {
            return _links.Remove(link);
        }
    }

    private static void Reset(Socket socket)
    {
        socket.LingerState = new LingerOption(enable: true, seconds: 0);
        socket.Dispose();
    }

    /// <summary>A client's connection and the proxy's connection to the server for it.</summary>
    private sealed class Link(Socket client, Socket server)
    {
        private int _halfClosed;

        /// <summary>Notes that one direction ended; true when it was the second.</summary>
        public bool HalfClose() => Interlocked.Increment(ref _halfClosed) == 2;

        public void End(ChaosDrop how)
        {
            foreach (var socket in (Socket[])[client, server])
            {
                if (how == ChaosDrop.Reset)
                {
                    Reset(socket);
                    continue;
                }

                try
                {
                    socket.Shutdown(SocketShutdown.Both);
                }
                catch (SocketException)
                {
                    // Already reset by its peer.
                }

                socket.Dispose();
            }
        }
    }
}
