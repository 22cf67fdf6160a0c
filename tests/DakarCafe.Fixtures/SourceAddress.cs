using System.Net;
using System.Net.Sockets;

namespace DakarCafe.Fixtures;

/// <summary>HTTP clients that connect from another loopback address (127.0.0.2, ...), as a device on another network would.</summary>
public static class SourceAddress
{
    /// <summary>A client of <paramref name="server"/> whose connections come from <paramref name="address"/> (any 127.x.y.z).</summary>
    public static HttpClient Client(Uri server, string address) => new(new SocketsHttpHandler
    {
        ConnectCallback = async (context, ct) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(IPAddress.Parse(address), 0));
                await socket.ConnectAsync(context.DnsEndPoint, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    })
    { BaseAddress = server };
}
