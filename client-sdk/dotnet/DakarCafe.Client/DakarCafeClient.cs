using System.Text.Json;
using DakarCafe.Protocol;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace DakarCafe.Client;

/// <summary>
/// A connection to a DakarCafé server: subscriptions kept in one local store that moves from version to version a
/// whole transition at a time, mutations that complete only once the store reflects them, and reconnects that
/// resubscribe (announcing the hashes held) and resend unconfirmed mutations under their original request ids.
/// </summary>
public sealed partial class DakarCafeClient : IAsyncDisposable
{
    private readonly DakarCafeClientOptions _options;
    private readonly HubConnection _hub;
    private readonly JitteredRetryPolicy _retryPolicy;
    private readonly Lock _gate = new();
    private readonly Dictionary<int, QueryState> _queries = [];
    private readonly List<(long Version, TaskCompletionSource Reached)> _versionWaiters = [];
    private long _chainVersion;
    private long _maxVersion;
    private int _nextQueryId;
    private string? _accessToken;
    private readonly CancellationTokenSource _closing = new();

    /// <summary>Creates a client; call <see cref="ConnectAsync"/> before use.</summary>
    public DakarCafeClient(DakarCafeClientOptions options)
    {
        _options = options;
        _retryPolicy = new JitteredRetryPolicy(options.ReconnectDelays);
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(options.ServerUrl, SyncHubMethods.Path), http =>
            {
                if (options.AccessTokenProvider is { } tokens)
                {
                    http.AccessTokenProvider = async () => _accessToken ?? await tokens();
                }
            });
        if (!options.UseJsonProtocol)
        {
            builder.AddMessagePackProtocol();
        }

        _hub = builder.Build();
        _hub.On<Transition>(SyncHubMethods.Transition, OnTransition);
        _hub.On<ErrorInfo>(SyncHubMethods.ProtocolError, error => ProtocolErrorReceived?.Invoke(error));
        _hub.Closed += _ => ReconnectAsync();
    }

    /// <summary>Raised after each transition is applied, with the version the whole store is now at.</summary>
    public event Action<long>? TransitionApplied;

    /// <summary>Raised when the server reports a message it could not take.</summary>
    public event Action<ErrorInfo>? ProtocolErrorReceived;

    /// <summary>The highest version this client's store has reached.</summary>
    public long Version
    {
        get
        {
            lock (_gate)
            {
                return _maxVersion;
            }
        }
    }

    /// <summary>The server's id for the current connection (it changes on reconnect).</summary>
    public string? ConnectionId => _hub.ConnectionId;

    /// <summary>The connection's state (connected, reconnecting, ...).</summary>
    public HubConnectionState State => _hub.State;

    /// <summary>Opens the connection and announces the session.</summary>
    public async Task ConnectAsync(CancellationToken ct = default)
    {
        await _hub.StartAsync(ct);
        await AnnounceSessionAsync(ct);
    }

    /// <summary>Runs a query once, at the newest version.</summary>
    public async Task<TResult> QueryAsync<TResult>(string function, object args, CancellationToken ct = default)
    {
        var result = await _hub.InvokeAsync<FunctionResult>(SyncHubMethods.Query, Call(function, args), ct);
        return Read<TResult>(result);
    }

    /// <summary>Runs an action.</summary>
    public async Task<TResult> ActionAsync<TResult>(string function, object args, CancellationToken ct = default)
    {
        var result = await _hub.InvokeAsync<FunctionResult>(SyncHubMethods.Action, Call(function, args), ct);
        return Read<TResult>(result);
    }

    /// <summary>
    /// Hands the live connection a fresh access token (null to sign out) without dropping its subscriptions; returns
    /// the signed-in user id. The token is kept and handed again after a reconnect.
    /// </summary>
    public async Task<string?> AuthenticateAsync(string? accessToken, CancellationToken ct = default)
    {
        var response = await _hub.InvokeAsync<AuthenticateResponse>(SyncHubMethods.Authenticate, new AuthenticateRequest(accessToken), ct);
        if (response.Error is { } error)
        {
            throw new DakarCafeException(error);
        }

        _accessToken = accessToken;
        return response.UserId;
    }

    /// <summary>Completes once the store has reached <paramref name="version"/>.</summary>
    public Task WaitForVersionAsync(long version, CancellationToken ct = default)
    {
        lock (_gate)
        {
            if (_maxVersion >= version)
            {
                return Task.CompletedTask;
            }

            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _versionWaiters.Add((version, reached));
            return reached.Task.WaitAsync(ct);
        }
    }

    /// <summary>Closes the connection for good.</summary>
    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync();
        await _hub.DisposeAsync();
        _closing.Dispose();
    }

    private FunctionCall Call(string function, object args) =>
        new(NextRequestId(), function, JsonSerializer.Serialize(args, WireJson.Options));

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
    }

    /// <summary>However the connection was lost, start it again with jittered backoff until it works or the client is disposed.</summary>
    private async Task ReconnectAsync()
    {
        for (var attempt = 0; !_closing.IsCancellationRequested; attempt++)
        {
            try
            {
                await Task.Delay(_retryPolicy.NextRetryDelay(attempt), _closing.Token);
                await _hub.StartAsync(_closing.Token);
                await ResumeAsync();
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException || !_closing.IsCancellationRequested)
            {
                // The server is still away: try again after the next delay.
            }
        }
    }

    /// <summary>After a reconnect the server knows nothing of us: announce the session, resubscribe, resend what is unconfirmed.</summary>
    private async Task ResumeAsync()
    {
        List<QueryChange> resubscribe;
        lock (_gate)
        {
            _chainVersion = 0;
            resubscribe = _queries.Values.Select(q => q.AddChange()).ToList();
        }

        await AnnounceSessionAsync(CancellationToken.None);
        if (_accessToken is not null)
        {
            await _hub.InvokeAsync<AuthenticateResponse>(SyncHubMethods.Authenticate, new AuthenticateRequest(_accessToken));
        }

        if (resubscribe.Count > 0)
        {
            await _hub.SendAsync(SyncHubMethods.ModifyQuerySet, new QuerySetModification(resubscribe));
        }

        ResendPendingMutations();
    }

    private void OnTransition(Transition transition)
    {
        List<QueryState> changed = [];
        List<TaskCompletionSource> reached = [];
        bool inSequence;
        lock (_gate)
        {
            inSequence = transition.StartVersion == _chainVersion;
            foreach (var modification in transition.Modifications)
            {
                if (_queries.TryGetValue(modification.QueryId, out var query) && query.Apply(modification))
                {
                    query.Version = transition.EndVersion;
                    changed.Add(query);
                }
            }

            _chainVersion = transition.EndVersion;
        }

        if (!inSequence)
        {
            ProtocolErrorReceived?.Invoke(new ErrorInfo(ErrorCodes.BadRequest,
                $"A transition started at {transition.StartVersion}, not where the previous one ended."));
        }

        // Subscriptions see their new values before anyone waiting for this version is released.
        foreach (var query in changed)
        {
            query.Notify();
        }

        lock (_gate)
        {
            _maxVersion = Math.Max(_maxVersion, transition.EndVersion);
            _versionWaiters.RemoveAll(w =>
            {
                if (w.Version > _maxVersion)
                {
                    return false;
                }

                reached.Add(w.Reached);
                return true;
            });
        }

        // Listeners hear of the transition before anyone waiting for its version is released.
        TransitionApplied?.Invoke(transition.EndVersion);
        foreach (var waiter in reached)
        {
            waiter.TrySetResult();
        }
    }
}
