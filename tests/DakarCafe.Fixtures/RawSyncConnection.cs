using System.Text.Json;
using System.Threading.Channels;
using DakarCafe.Protocol;
using FluentAssertions;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace DakarCafe.Fixtures;

/// <summary>
/// The sync protocol spoken by hand over a real SignalR connection (MessagePack): for tests that look at the
/// messages themselves (transition kinds, hashes, resent request ids) rather than through the SDK.
/// </summary>
public sealed class RawSyncConnection : IAsyncDisposable
{
    private readonly Channel<Transition> _transitions = Channel.CreateUnbounded<Transition>();

    private RawSyncConnection(HubConnection hub) => Hub = hub;

    public HubConnection Hub { get; }

    public static async Task<RawSyncConnection> ConnectAsync(Uri server, string sessionId, bool json = false, string? accessToken = null)
    {
        var connection = await OpenAsync(server, json, accessToken);
        (await connection.HandshakeAsync(sessionId)).Error.Should().BeNull();
        return connection;
    }

    /// <summary>A connection whose sync handshake (<see cref="HandshakeAsync"/>) is left to the test.</summary>
    public static async Task<RawSyncConnection> OpenAsync(Uri server, bool json = false, string? accessToken = null)
    {
        var builder = new HubConnectionBuilder().WithUrl(new Uri(server, SyncHubMethods.Path), options =>
        {
            if (accessToken is not null)
            {
                options.AccessTokenProvider = () => Task.FromResult<string?>(accessToken);
            }
        });
        if (json)
        {
            builder.AddJsonProtocol(options => HubJson.Configure(options.PayloadSerializerOptions));
        }
        else
        {
            builder.AddMessagePackProtocol();
        }

        var connection = new RawSyncConnection(builder.Build());
        connection.Hub.On<Transition>(SyncHubMethods.Transition, t => connection._transitions.Writer.TryWrite(t));
        await connection.Hub.StartAsync();
        return connection;
    }

    public Task<ConnectResponse> HandshakeAsync(string sessionId) =>
        Hub.InvokeAsync<ConnectResponse>(SyncHubMethods.Connect, new ConnectRequest(sessionId, 0));

    public Task SubscribeAsync(int queryId, string function, object args, string? hash = null) =>
        Hub.SendAsync(SyncHubMethods.ModifyQuerySet, new QuerySetModification(
            [new QueryChange(QueryChangeKind.Add, queryId, function, JsonSerializer.Serialize(args, WireJson.Options), hash)]));

    public Task<FunctionResult> MutateAsync(long requestId, string function, object args) =>
        Hub.InvokeAsync<FunctionResult>(SyncHubMethods.Mutation, new FunctionCall(requestId, function, JsonSerializer.Serialize(args, WireJson.Options)));

    /// <summary>The next transition, within the time given.</summary>
    public async Task<Transition> NextTransitionAsync(TimeSpan within, string because)
    {
        using var timeout = new CancellationTokenSource(within);
        try
        {
            return await _transitions.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new TimeoutException($"No transition within {within} ({because}).");
        }
    }

    /// <summary>The next transition that mentions <paramref name="queryId"/>, within the time given.</summary>
    public async Task<QueryModification> NextModificationAsync(int queryId, TimeSpan within, string because)
    {
        using var timeout = new CancellationTokenSource(within);
        try
        {
            while (true)
            {
                var transition = await _transitions.Reader.ReadAsync(timeout.Token);
                if (transition.Modifications.FirstOrDefault(m => m.QueryId == queryId) is { } modification)
                {
                    return modification;
                }
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new TimeoutException($"No transition for query {queryId} within {within} ({because}).");
        }
    }

    public ValueTask DisposeAsync() => Hub.DisposeAsync();
}
