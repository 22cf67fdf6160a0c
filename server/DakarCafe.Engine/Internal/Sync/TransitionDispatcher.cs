using DakarCafe.Engine.Metrics;
using DakarCafe.Protocol;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace DakarCafe.Engine.Internal.Sync;

/// <summary>
/// Delivers what a reactor cycle has for its clients: queues each client's transition in its outbox, then writes the
/// transitions of idle connections. Modifications of the same node under the same query id are one object, so
/// clients whose transitions are alike share one serialized message. A connection writes one transition at a time,
/// then whatever became pending meanwhile.
/// </summary>
internal sealed class TransitionDispatcher(EngineMetrics metrics)
{
    public void Deliver(IReadOnlyList<ClientTransition> transitions)
    {
        foreach (var next in transitions)
        {
            next.Client.Outbox.Enqueue(next.Version, next.Modifications, next.Confirmed);
        }

        var messages = new Dictionary<string, SerializedHubMessage>(StringComparer.Ordinal);
        var ids = new Dictionary<QueryModification, int>(ReferenceEqualityComparer.Instance);
        foreach (var client in transitions.Select(t => t.Client).Distinct())
        {
            if (client.Outbox.TakeForSending() is not { } transition)
            {
                continue;
            }

            var key = $"{transition.StartVersion}:{transition.EndVersion}:{string.Join(',', transition.ConfirmedMutations ?? [])}:" +
                string.Join(',', transition.Modifications.Select(m => ids.TryGetValue(m, out var i) ? i : ids[m] = ids.Count));
            if (!messages.TryGetValue(key, out var message))
            {
                message = Serialize(transition);
                messages[key] = message;
            }

            _ = WriteAsync(client, transition, message);
        }
    }

    private static SerializedHubMessage Serialize(Transition transition) => new(new InvocationMessage(SyncHubMethods.Transition, [transition]));

    private async Task WriteAsync(ClientSession client, Transition transition, SerializedHubMessage message)
    {
        var connection = client.Connection;
        while (true)
        {
            try
            {
                metrics.TransitionWritten(transition.Modifications.Count, message.GetSerializedMessage(connection.Protocol).Length);
                await connection.WriteAsync(message, connection.ConnectionAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            finally
            {
                client.Outbox.Written();
            }

            if (client.Outbox.TakeForSending() is not { } next)
            {
                return;
            }

            transition = next;
            message = Serialize(next);
        }
    }
}
