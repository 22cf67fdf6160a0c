using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using DakarCafe.Protocol;

namespace DakarCafe.Fixtures;

/// <summary>
/// A sync client over the JSON protocol on a raw socket with a tiny receive buffer, that reads only when told to:
/// a slow client, to see what the server does when one cannot keep up.
/// </summary>
public sealed class SlowSocketClient : IDisposable
{
    private const char RecordSeparator = '\u001e';

    /// <summary>SignalR's JSON hub protocol: camelCase names, enums as numbers.</summary>
    private static readonly JsonSerializerOptions HubMessages = CreateHubMessageOptions();
    private readonly Socket _socket;
    private readonly WebSocket _webSocket;
    private readonly StringBuilder _buffer = new();
    private readonly Queue<string> _messages = new();

    private SlowSocketClient(Socket socket, WebSocket webSocket)
    {
        _socket = socket;
        _webSocket = webSocket;
    }

    public static async Task<SlowSocketClient> ConnectAsync(Uri server, CancellationToken ct)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 4096 };
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, server.Port), ct);
        var stream = new NetworkStream(socket, ownsSocket: false);
        var upgrade = $"GET {SyncHubMethods.Path} HTTP/1.1\r\nHost: 127.0.0.1:{server.Port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(upgrade), ct);
        var response = new StringBuilder();
        var one = new byte[1];
        while (!response.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(one, ct) == 0)
            {
                throw new IOException("The server closed the socket during the upgrade.");
            }

            response.Append((char)one[0]);
        }

        if (!response.ToString().StartsWith("HTTP/1.1 101", StringComparison.Ordinal))
        {
            throw new IOException("Upgrade refused: " + response);
        }

        var client = new SlowSocketClient(socket, WebSocket.CreateFromStream(stream, new WebSocketCreationOptions { IsServer = false }));
        await client.SendAsync("""{"protocol":"json","version":1}""", ct);
        await client.ReceiveAsync(ct);
        return client;
    }

    public Task InvokeAsync(string target, object argument, CancellationToken ct) =>
        SendAsync(JsonSerializer.Serialize(new { type = 1, target, arguments = new[] { argument } }, HubMessages), ct);

    /// <summary>The next transition message, read from the socket.</summary>
    public async Task<Transition> NextTransitionAsync(CancellationToken ct)
    {
        while (true)
        {
            using var message = JsonDocument.Parse(await ReceiveAsync(ct));
            if (message.RootElement.TryGetProperty("target", out var target) && target.GetString() == SyncHubMethods.Transition)
            {
                return message.RootElement.GetProperty("arguments")[0].Deserialize<Transition>(HubMessages)!;
            }
        }
    }

    private async Task SendAsync(string json, CancellationToken ct) =>
        await _webSocket.SendAsync(Encoding.UTF8.GetBytes(json + RecordSeparator), WebSocketMessageType.Text, true, ct);

    private async Task<string> ReceiveAsync(CancellationToken ct)
    {
        var chunk = new byte[16 * 1024];
        while (_messages.Count == 0)
        {
            var received = await _webSocket.ReceiveAsync(chunk, ct);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                throw new IOException("The server closed the connection.");
            }

            _buffer.Append(Encoding.UTF8.GetString(chunk, 0, received.Count));
            var text = _buffer.ToString();
            var end = text.LastIndexOf(RecordSeparator);
            if (end >= 0)
            {
                foreach (var message in text[..end].Split(RecordSeparator))
                {
                    _messages.Enqueue(message);
                }

                _buffer.Clear().Append(text[(end + 1)..]);
            }
        }

        return _messages.Dequeue();
    }

    public void Dispose()
    {
        _webSocket.Dispose();
        _socket.Dispose();
    }

    /// <summary>The options of the server's JSON hub protocol, as a client configures them.</summary>
    private static JsonSerializerOptions CreateHubMessageOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        DakarCafe.Protocol.HubJson.Configure(options);
        return options;
    }
}
