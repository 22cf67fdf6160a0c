using System.Net.WebSockets;
using System.Text.Json;
using DakarCafe.Client.Sync;
using DakarCafe.Protocol;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DakarCafe.Client;

/// <summary>
/// A connection to a DakarCafé server: typed queries, mutations (with optimistic updates) and actions, and live
/// subscriptions kept in one local store that moves a whole transition at a time, so every subscription shows the
/// same version. A mutation completes only once the store reflects it. The connection comes back by itself with
/// jittered backoff, resubscribing (announcing the hashes held) and resending unconfirmed mutations under their
/// original request ids, which the server applies once; the access token is refreshed on the live connection.
/// </summary>
public sealed partial class DakarCafeClient : IAsyncDisposable
{
    private readonly DakarCafeClientOptions _options;
    private readonly HubConnection _hub;
    private string? _connectionId;
    private readonly LocalStore _store = new();
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _closing = new();
    /// <summary>The token of <see cref="_closing"/>, usable after it is disposed (it is cancelled first).</summary>
    private readonly CancellationToken _closingToken;
    private int _disposed;
    private bool _started;

    /// <summary>Creates a client; call <see cref="ConnectAsync"/> before use.</summary>
    public DakarCafeClient(DakarCafeClientOptions options, ILogger<DakarCafeClient>? logger = null)
    {
        _options = options;
        _closingToken = _closing.Token;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _reconnect = ReconnectPipeline(options);
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(options.ServerUrl, SyncHubMethods.Path), http =>
            {
                // One WebSocket request, no negotiation round trip: behind a proxy that spreads requests over several
                // nodes (no sticky sessions), the node that takes the socket is the connection's only node.
                http.SkipNegotiation = true;
                http.Transports = HttpTransportType.WebSockets;
                http.WebSocketFactory = OpenSocketAsync;
            });
        if (options.UseJsonProtocol)
        {
            builder.AddJsonProtocol(json => HubJson.Configure(json.PayloadSerializerOptions));
        }
        else
        {
            builder.AddMessagePackProtocol();
        }

        _hub = builder.Build();
        _hub.ServerTimeout = options.ServerTimeout;
        _hub.On<Transition>(SyncHubMethods.Transition, OnTransition);
        _hub.On<ErrorInfo>(SyncHubMethods.ProtocolError, OnProtocolError);
        _hub.Closed += OnClosedAsync;
    }

    /// <summary>Raised after each transition is applied, with the version the whole store is now at.</summary>
    public event Action<long>? TransitionApplied;

    /// <summary>Raised when the server reports a message it could not take.</summary>
    public event Action<ErrorInfo>? ProtocolErrorReceived;

    /// <summary>The highest version this client's store has reached.</summary>
    public long Version => _store.Version;

    /// <summary>The server's id for the current connection (it changes on reconnect).</summary>
    public string? ConnectionId => _hub.State == HubConnectionState.Connected ? Volatile.Read(ref _connectionId) : null;

    /// <summary>The SignalR connection's own state; <see cref="ConnectionState"/> says more (the attempt, its delay, the last error).</summary>
    public HubConnectionState State => _hub.State;

    /// <summary>Completes once the store has reached <paramref name="version"/>.</summary>
    public Task WaitForVersionAsync(long version, CancellationToken ct = default) => _store.WaitForVersionAsync(version, ct);

    /// <summary>
    /// Closes the connection for good; disposing again does nothing. Every call still waiting fails at once with
    /// <c>CLIENT_CLOSED</c> (a mutation already sent may or may not have been applied), and so does every later call.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _closing.CancelAsync();
        SetState(new ConnectionState(ConnectionStatus.Closed));
        FailPendingMutations(Closed().Error);
        _store.AbandonWaiters(Closed());
        await _hub.DisposeAsync();
        _closing.Dispose();
    }

    /// <summary>
    /// The sync socket, with the access token in its Authorization header. A refused handshake (401 for a token the
    /// server does not take, 503 from a node that is stopping) fails as an <see cref="HttpRequestException"/> with its
    /// status, as SignalR's negotiation request did, so a refused token is told apart from a network failure.
    /// </summary>
    private async ValueTask<WebSocket> OpenSocketAsync(WebSocketConnectionContext context, CancellationToken ct)
    {
        var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        if (await CurrentTokenAsync(ct) is { } token)
        {
            socket.Options.SetRequestHeader("Authorization", "Bearer " + token.Value);
        }

        try
        {
            await socket.ConnectAsync(context.Uri, ct);
            return socket;
        }
        catch (WebSocketException e) when (socket.HttpStatusCode != 0)
        {
            socket.Dispose();
            throw new HttpRequestException(e.Message, e, socket.HttpStatusCode);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static TResult Read<TResult>(FunctionResult result) => result.Error is { } error
        ? throw new DakarCafeException(error)
        : JsonSerializer.Deserialize<TResult>(result.Value, WireJson.Options)!;

    private async Task AnnounceSessionAsync(CancellationToken ct)
    {
        var response = await _hub.InvokeAsync<ConnectResponse>(SyncHubMethods.Connect, new ConnectRequest(_options.SessionId, Version), ct);
        if (response.Error is { } error)
        {
            throw new DakarCafeException(error);
        }

        Volatile.Write(ref _connectionId, response.ConnectionId);
    }

    private void OnTransition(Transition transition)
    {
        var (change, inSequence) = _store.Apply(transition);
        if (!inSequence)
        {
            OnProtocolError(new ErrorInfo(ErrorCodes.BadRequest, $"A transition started at {transition.StartVersion}, not where the previous one ended."));
        }

        Release(change);
        ResubscribeRefused(transition);
    }

    /// <summary>Subscriptions see their new values, then listeners hear of the version, then those waiting for it are released.</summary>
    private void Release(StoreChange change)
    {
        foreach (var query in change.Changed)
        {
            query.Notify();
        }

        if (change.ReachedVersion is not { } version)
        {
            return;
        }

        var reached = _store.Announce(version);
        TransitionApplied?.Invoke(version);
        foreach (var waiter in reached)
        {
            waiter.TrySetResult();
        }
    }

    private void OnProtocolError(ErrorInfo error)
    {
        Log.ProtocolError(_logger, error.Code, error.Message);
        ProtocolErrorReceived?.Invoke(error);
    }
}
