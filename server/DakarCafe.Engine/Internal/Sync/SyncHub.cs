using DakarCafe.Engine.Functions;
using DakarCafe.Engine.Internal.Execution;
using DakarCafe.Engine.Internal.Limits;
using DakarCafe.Engine.Internal.Reactivity;
using DakarCafe.Protocol;
using Microsoft.AspNetCore.SignalR;

namespace DakarCafe.Engine.Internal.Sync;

/// <summary>
/// The one hub clients talk to (<see cref="SyncHubMethods.Path"/>): subscription set changes go to the reactor,
/// mutations to the connection's serial queue, actions and one-shot queries run at once. Bad input is answered with
/// a structured error and the connection stays usable.
/// </summary>
internal sealed class SyncHub(SyncConnections connections, Reactor reactor, ClientMutations mutations, QueryExecutor queries,
    FunctionCaller caller, ICallerAuthenticator authenticator, CallerRateLimits rateLimits, TimeProvider time) : Hub
{
    private ClientSession Session => connections.Get(Context.ConnectionId);

    /// <summary>The caller as of now: an identity whose token has expired is anonymous.</summary>
    private CallerIdentity Caller => Session.Identity.At(time.GetUtcNow());

    [HubMethodName(SyncHubMethods.Connect)]
    public async Task<ConnectResponse> ConnectAsync(ConnectRequest? request)
    {
        if (request is null || string.IsNullOrWhiteSpace(request.SessionId) || request.SessionId.Length > 200)
        {
            return new ConnectResponse(reactor.Version, BadRequest("Connect needs a session id of at most 200 characters."));
        }

        // The node refuses sync connections until its reactor is ready (UnavailableNodeRefusal).
        if (!connections.TryClaim(Session, request.SessionId))
        {
            return new ConnectResponse(reactor.Version, BadRequest("This session id is in use by another user's connection; each client makes its own."));
        }

        Session.Introduce(request.SessionId);
        return new ConnectResponse(reactor.Version, ConnectionId: Context.ConnectionId);
    }

    [HubMethodName(SyncHubMethods.Authenticate)]
    public async Task<AuthenticateResponse> AuthenticateAsync(AuthenticateRequest? request)
    {
        var session = Session;
        CallerIdentity identity;
        if (string.IsNullOrEmpty(request?.AccessToken))
        {
            identity = CallerIdentity.Anonymous;
        }
        else if (await authenticator.AuthenticateAsync(request.AccessToken, Context.ConnectionAborted) is { } authenticated
            && authenticated.At(time.GetUtcNow()).IsAuthenticated)
        {
            identity = authenticated;
        }
        else
        {
            return new AuthenticateResponse(session.Identity.UserId, new ErrorInfo(ErrorCodes.AuthRequired, "The access token is not valid."));
        }

        session.Identity = identity;
        reactor.Submit(new ReactorCommand.IdentityChanged(session));
        return new AuthenticateResponse(identity.UserId);
    }

    [HubMethodName(SyncHubMethods.ModifyQuerySet)]
    public Task ModifyQuerySetAsync(QuerySetModification? modification)
    {
        if (modification?.Changes is null)
        {
            return Clients.Caller.SendAsync(SyncHubMethods.ProtocolError, BadRequest("ModifyQuerySet needs a list of changes."));
        }

        var adds = modification.Changes.Count(c => c?.Kind == QueryChangeKind.Add);
        var refused = adds == 0 ? null : rateLimits.TrySubscriptions(Session.RateLimitKey, adds);
        reactor.Submit(new ReactorCommand.Modify(Session, modification, refused));
        return Task.CompletedTask;
    }

    [HubMethodName(SyncHubMethods.Mutation)]
    public Task<FunctionResult> MutationAsync(FunctionCall? call)
    {
        if (call is null)
        {
            return Task.FromResult(new FunctionResult(0, null, 0, BadRequest("Mutation needs a call.")));
        }

        var session = Session;
        if (!session.Introduced)
        {
            return Task.FromResult(new FunctionResult(call.RequestId, null, 0,
                BadRequest("Call Connect before a mutation: mutations are applied once per client session, which Connect names.")));
        }

        if (rateLimits.TryMutation(session.RateLimitKey) is { } refused)
        {
            return Task.FromResult(new FunctionResult(call.RequestId, null, 0, refused));
        }

        return session.Mutations.EnqueueAsync(call.RequestId,
            () => mutations.RunAsync(session, call, session.Identity.At(time.GetUtcNow())));
    }

    [HubMethodName(SyncHubMethods.Action)]
    public Task<FunctionResult> ActionAsync(FunctionCall? call)
    {
        if (call is null)
        {
            return Task.FromResult(new FunctionResult(0, null, 0, BadRequest("Action needs a call.")));
        }

        return rateLimits.TryMutation(Session.RateLimitKey) is { } refused
            ? Task.FromResult(new FunctionResult(call.RequestId, null, 0, refused))
            : caller.RunActionAsync(call, Caller, Context.ConnectionAborted);
    }

    [HubMethodName(SyncHubMethods.Query)]
    public Task<FunctionResult> QueryAsync(FunctionCall? call)
    {
        if (call is null)
        {
            return Task.FromResult(new FunctionResult(0, null, 0, BadRequest("Query needs a call.")));
        }

        return rateLimits.TryQuery(Session.RateLimitKey) is { } refused
            ? Task.FromResult(new FunctionResult(call.RequestId, null, 0, refused))
            : queries.RunAsync(call, Caller, Context.ConnectionAborted);
    }

    private static ErrorInfo BadRequest(string message) => new(ErrorCodes.BadRequest, message);
}
