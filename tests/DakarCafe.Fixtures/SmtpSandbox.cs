using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace DakarCafe.Fixtures;

/// <summary>A mail server on 127.0.0.1 (SmtpServer) that keeps every message it accepts, parsed (MimeKit).</summary>
public sealed class SmtpSandbox : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<ReceivedEmail> _received = new();
    private Task _running = Task.CompletedTask;

    private SmtpSandbox(int port) => Port = port;

    public int Port { get; }

    public IReadOnlyList<ReceivedEmail> Received => [.. _received];

    /// <summary>The shop's settings for this server (no TLS on the loopback).</summary>
    public IReadOnlyDictionary<string, string?> ShopSettings() => new Dictionary<string, string?>
    {
        ["Notifications:Smtp:Host"] = "127.0.0.1",
        ["Notifications:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Notifications:Smtp:Security"] = "None",
    };

    public static SmtpSandbox Start()
    {
        var sandbox = new SmtpSandbox(TestPorts.FreeLoopback());
        var options = new SmtpServerOptionsBuilder().ServerName("mail.sandbox.sn")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, sandbox.Port))).Build();
        var services = new ServiceProvider();
        services.Add(new Store(sandbox._received));
        sandbox._running = new SmtpServer.SmtpServer(options, services).StartAsync(sandbox._stop.Token);
        return sandbox;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _running.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private sealed class Store(ConcurrentQueue<ReceivedEmail> received) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer,
            CancellationToken cancellationToken)
        {
            await using var stream = new MemoryStream(buffer.ToArray());
            using var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            received.Enqueue(new ReceivedEmail(message.MessageId ?? "", string.Join(",", message.To.Mailboxes.Select(m => m.Address)), message.Subject ?? "",
                message.TextBody ?? ""));
            return SmtpResponse.Ok;
        }
    }
}

/// <summary>An email the sandbox accepted.</summary>
public sealed record ReceivedEmail(string MessageId, string To, string Subject, string Body);
