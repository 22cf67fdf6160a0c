using System.Net.WebSockets;
using System.Text;
using DakarCafe.Engine.TestNode.Domain;
using DakarCafe.Fixtures;
using DakarCafe.Protocol;

namespace DakarCafe.Engine.Tests.Sync;

/// <summary>
/// What no SDK does. Frames a hub protocol cannot take, on a raw WebSocket, end the connection at once with a close
/// (SignalR's own protocols would leave it waiting for ever). A mutation before Connect is refused.
/// </summary>
public sealed class ProtocolMisuseTests(PostgresServer postgres) : EngineTest(postgres)
{
    private const char RecordSeparator = '\u001e';

    [Fact]
    public async Task A_JSON_message_of_an_unknown_type_closes_the_connection()
    {
        using var socket = await OpenAsync("json");

        await socket.SendAsync(Encoding.UTF8.GetBytes("{\"type\":99}" + RecordSeparator), WebSocketMessageType.Text, endOfMessage: true, Within());

        await ClosedByTheServerAsync(socket);
    }

    [Fact]
    public async Task A_MessagePack_message_of_an_unknown_type_closes_the_connection()
    {
        using var socket = await OpenAsync("messagepack");

        // Length 2, then the MessagePack array [42].
        await socket.SendAsync(new byte[] { 0x02, 0x91, 0x2A }, WebSocketMessageType.Binary, endOfMessage: true, Within());

        await ClosedByTheServerAsync(socket);
    }

    [Fact]
    public async Task A_MessagePack_length_prefix_over_the_limit_closes_the_connection_without_waiting_for_the_bytes()
    {
        using var socket = await OpenAsync("messagepack");

        // A prefix announcing 100 MB (the limit is 1 MiB), then only two bytes of it.
        await socket.SendAsync(new byte[] { 0x80, 0xC2, 0xD7, 0x2F, 0x91, 0x01 }, WebSocketMessageType.Binary, endOfMessage: true, Within());

        await ClosedByTheServerAsync(socket);
    }

    [Fact]
    public async Task Garbage_bytes_after_the_handshake_close_the_connection()
    {
        using var socket = await OpenAsync("messagepack");

        await socket.SendAsync(new byte[] { 0x05, 0xC1, 0xFF, 0xFF, 0x00, 0x13 }, WebSocketMessageType.Binary, endOfMessage: true, Within());

        await ClosedByTheServerAsync(socket);
    }

    [Fact]
    public async Task A_well_formed_connection_beside_them_goes_on()
    {
        using var broken = await OpenAsync("json");
        var client = await ConnectAsync();

        await broken.SendAsync(Encoding.UTF8.GetBytes("{\"type\":99}" + RecordSeparator), WebSocketMessageType.Text, endOfMessage: true, Within());
        await ClosedByTheServerAsync(broken);

        (await client.QueryAsync<string>("identity:whoAmI", new NoArgs(), Within())).Should().Be("anonymous");
    }

    [Fact]
    public async Task A_mutation_before_Connect_is_refused_and_runs_once_Connect_names_the_session()
    {
        await using var raw = await RawSyncConnection.OpenAsync(Host.BaseAddress);

        var early = await raw.MutateAsync(1, "counters:increment", new CounterId("before-connect"));
        (await raw.HandshakeAsync("named-session")).Error.Should().BeNull();
        var named = await raw.MutateAsync(2, "counters:increment", new CounterId("before-connect"));

        early.Error!.Code.Should().Be(ErrorCodes.BadRequest, "without a session it could not be applied once across reconnects");
        early.Error.Message.Should().Contain("Connect");
        named.Error.Should().BeNull();
        named.Value.Should().NotBeNull();
    }

    private async Task<ClientWebSocket> OpenAsync(string protocol)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri($"ws://127.0.0.1:{Host.BaseAddress.Port}{SyncHubMethods.Path}"), Within());
        await socket.SendAsync(Encoding.UTF8.GetBytes($"{{\"protocol\":\"{protocol}\",\"version\":1}}{RecordSeparator}"), WebSocketMessageType.Text, true, Within());
        var buffer = new byte[1024];
        var answer = await socket.ReceiveAsync(buffer, Within());
        Encoding.UTF8.GetString(buffer, 0, answer.Count).Should().StartWith("{}", "the handshake was accepted");
        return socket;
    }

    /// <summary>Reads (pings and a close message may come first) until the server closes the socket; fails if it has not within 10 s.</summary>
    private static async Task ClosedByTheServerAsync(ClientWebSocket socket)
    {
        var buffer = new byte[4096];
        var deadline = Within(TimeSpan.FromSeconds(10));
        while (true)
        {
            WebSocketReceiveResult received;
            try
            {
                received = await socket.ReceiveAsync(buffer, deadline);
            }
            catch (WebSocketException)
            {
                // Closed without a close frame: closed all the same.
                return;
            }

            if (received.MessageType == WebSocketMessageType.Close)
            {
                return;
            }
        }
    }
}
