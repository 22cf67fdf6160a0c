using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace DakarCafe.Engine.Internal.Sync;

/// <summary>
/// A hub protocol (JSON or MessagePack) that ends a connection on a frame it cannot take instead of waiting on it:
/// a message of an unknown type (which SignalR's own protocols consume, then report as incomplete, so the
/// connection waits for ever) and, in binary framing, a length prefix over the message size limit (SignalR waits for
/// the bytes it announces). Either fails the parse, and SignalR closes the connection with an error.
/// </summary>
internal sealed class StrictHubProtocol(IHubProtocol inner, long maxMessageBytes) : IHubProtocol
{
    public string Name => inner.Name;

    public int Version => inner.Version;

    public TransferFormat TransferFormat => inner.TransferFormat;

    /// <summary>Wraps every hub protocol registered so far.</summary>
    public static void Apply(IServiceCollection services, long maxMessageBytes)
    {
        var protocols = services.Where(d => d.ServiceType == typeof(IHubProtocol) && d.ImplementationType is not null).ToList();
        foreach (var protocol in protocols)
        {
            services.Remove(protocol);
            services.AddSingleton<IHubProtocol>(sp =>
                new StrictHubProtocol((IHubProtocol)ActivatorUtilities.CreateInstance(sp, protocol.ImplementationType!), maxMessageBytes));
        }
    }

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message)
    {
        if (TransferFormat == TransferFormat.Binary && AnnouncedLength(input) is { } announced && announced > maxMessageBytes)
        {
            throw new InvalidDataException($"A message announced {announced} bytes, over the limit of {maxMessageBytes}.");
        }

        var before = input.Length;
        if (inner.TryParseMessage(ref input, binder, out message))
        {
            return true;
        }

        return input.Length == before ? false : throw new InvalidDataException("A message of an unknown type was received.");
    }

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => inner.WriteMessage(message, output);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => inner.GetMessageBytes(message);

    public bool IsVersionSupported(int version) => inner.IsVersionSupported(version);

    /// <summary>The length a binary frame's prefix announces (a variable-length integer of up to 5 bytes), or null while it is incomplete.</summary>
    private static long? AnnouncedLength(ReadOnlySequence<byte> input)
    {
        long length = 0;
        var shift = 0;
        foreach (var segment in input)
        {
            foreach (var b in segment.Span)
            {
                length |= (long)(b & 0x7f) << shift;
                if ((b & 0x80) == 0 || shift >= 28)
                {
                    return length;
                }

                shift += 7;
            }
        }

        return null;
    }
}
