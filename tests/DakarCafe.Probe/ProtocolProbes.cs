using System.Net.WebSockets;
using System.Text;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;

namespace DakarCafe.Probe;

/// <summary>Protocol frames no SDK sends: each must close its connection at once, never wedge it; a mutation needs Connect first.</summary>
internal static class ProtocolProbes
{
    private const string Category = "protocol";

    private static readonly (string Name, string Protocol, byte[] Frame)[] Frames =
    [
        ("JSON message of type 99", "json", Encoding.UTF8.GetBytes("{\"type\":99}\u001e")),
        ("MessagePack message [42]", "messagepack", [0x02, 0x91, 0x2A]),
        ("MessagePack prefix announcing 100 MB", "messagepack", [0x80, 0xC2, 0xD7, 0x2F, 0x91, 0x01]),
        ("MessagePack prefix announcing 4 GB", "messagepack", [0xFF, 0xFF, 0xFF, 0xFF, 0x0F, 0x91]),
        ("MessagePack garbage", "messagepack", [0x05, 0xC1, 0xFF, 0xFF, 0x00, 0x13]),
        ("JSON that is not JSON", "json", Encoding.UTF8.GetBytes("{{{\u001e")),
    ];

    public static IEnumerable<Probe> All =>
    [
        .. Frames.Select(f => new Probe(Category, f.Name, (c, ct) => ClosedAsync(c, f.Protocol, f.Frame, ct))),
        new(Category, "a mutation before Connect", async (c, ct) =>
        {
            await using var raw = await RawSyncConnection.OpenAsync(c.Server);
            return ProbeContext.Refused(await raw.MutateAsync(1, "cart:clearCart", new { }), ErrorCodes.BadRequest);
        }),
    ];

    private static async Task<string?> ClosedAsync(ProbeContext context, string protocol, byte[] frame, CancellationToken ct)
    {
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri($"ws://{context.Server.Authority}{SyncHubMethods.Path}"), ct);
        await socket.SendAsync(Encoding.UTF8.GetBytes($"{{\"protocol\":\"{protocol}\",\"version\":1}}\u001e"), WebSocketMessageType.Text, true, ct);
        var buffer = new byte[4096];
        await socket.ReceiveAsync(buffer, ct);
        await socket.SendAsync(frame, protocol == "json" ? WebSocketMessageType.Text : WebSocketMessageType.Binary, true, ct);
        using var within = CancellationTokenSource.CreateLinkedTokenSource(ct);
        within.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            while ((await socket.ReceiveAsync(buffer, within.Token)).MessageType != WebSocketMessageType.Close)
            {
            }

            return null;
        }
        catch (WebSocketException)
        {
            return null;
        }
        catch (OperationCanceledException) when (within.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            return "the connection was still open 5 s later";
        }
    }
}
