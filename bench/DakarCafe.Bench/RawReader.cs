using System.Buffers;
using System.Net.WebSockets;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace DakarCafe.Bench;

/// <summary>
/// A connection that speaks SignalR's MessagePack protocol by hand over a <see cref="ClientWebSocket"/> and never
/// decodes what it receives: it splits the stream into messages and hands each one's bytes to a callback. Ten thousand
/// of them cost the load generator little, so the fan-out figures measure the server, not the SDK's decoding.
/// </summary>
internal sealed class RawReader : IAsyncDisposable
{
    private static readonly MessagePackHubProtocol Protocol = new();
    private static readonly byte[] Handshake = "{\"protocol\":\"messagepack\",\"version\":1}\u001e"u8.ToArray();
    private static readonly byte[] Ping = [0x02, 0x91, 0x06];

    private readonly ClientWebSocket _socket = new();
    private readonly Action<ReadOnlyMemory<byte>> _onMessage;
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private Task _reading = Task.CompletedTask;
    private Task _pinging = Task.CompletedTask;

    private RawReader(Action<ReadOnlyMemory<byte>> onMessage) => _onMessage = onMessage;

    /// <summary>Opens a connection to the hub at <paramref name="path"/>; <paramref name="onMessage"/> sees every message after the handshake.</summary>
    public static async Task<RawReader> ConnectAsync(Uri server, string path, Action<ReadOnlyMemory<byte>> onMessage)
    {
        var reader = new RawReader(onMessage);
        var uri = new UriBuilder(new Uri(server, path)) { Scheme = "ws" }.Uri;
        await reader._socket.ConnectAsync(uri, CancellationToken.None);
        await reader._socket.SendAsync(Handshake, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        reader._reading = reader.ReadAsync(reader._stop.Token);
        reader._pinging = reader.PingAsync(reader._stop.Token);
        return reader;
    }

    /// <summary>True once the connection has closed (the server closed it, or it failed).</summary>
    public bool Closed => _reading.IsCompleted;

    /// <summary>Sends an invocation that wants no answer.</summary>
    public async Task SendAsync(string target, params object?[] args)
    {
        var buffer = new ArrayBufferWriter<byte>();
        Protocol.WriteMessage(new InvocationMessage(target, args), buffer);
        await WriteAsync(buffer.WrittenMemory);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        catch (WebSocketException)
        {
            // The server went first.
        }

        await Task.WhenAll(_reading, _pinging);
        _socket.Dispose();
        _stop.Dispose();
        _sending.Dispose();
    }

    private async Task WriteAsync(ReadOnlyMemory<byte> bytes)
    {
        await _sending.WaitAsync();
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Binary, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            _sending.Release();
        }
    }

    /// <summary>The server drops a connection that says nothing for 30 s.</summary>
    private async Task PingAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(10));
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                await WriteAsync(Ping);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>The handshake's answer ends at the first 0x1E; after it, each message is a varint length and that many bytes.</summary>
    private async Task ReadAsync(CancellationToken stop)
    {
        // Small buffers (a message larger than one is read in several chunks): ten thousand readers fit in one process.
        var pending = new List<byte>(4 * 1024);
        var chunk = new byte[4 * 1024];
        var handshaken = false;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var received = await _socket.ReceiveAsync(chunk, stop);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                pending.AddRange(chunk.AsSpan(0, received.Count));
                if (!handshaken)
                {
                    var end = pending.IndexOf(0x1E);
                    if (end < 0)
                    {
                        continue;
                    }

                    pending.RemoveRange(0, end + 1);
                    handshaken = true;
                }

                var consumed = 0;
                var bytes = pending.ToArray();
                while (TryFrame(bytes.AsSpan(consumed), out var start, out var length))
                {
                    _onMessage(bytes.AsMemory(consumed + start, length));
                    consumed += start + length;
                }

                pending.RemoveRange(0, consumed);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
        }
    }

    private static bool TryFrame(ReadOnlySpan<byte> bytes, out int start, out int length)
    {
        length = 0;
        for (start = 0; start < Math.Min(bytes.Length, 5); start++)
        {
            length |= (bytes[start] & 0x7F) << (7 * start);
            if ((bytes[start] & 0x80) == 0)
            {
                start++;
                return bytes.Length - start >= length;
            }
        }

        return false;
    }
}
