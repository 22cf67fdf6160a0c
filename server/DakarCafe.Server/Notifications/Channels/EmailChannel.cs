using MailKit;
using MailKit.Net.Smtp;
using MimeKit;

namespace DakarCafe.Server.Notifications.Channels;

/// <summary>
/// Email over SMTP (MailKit). The delivery's key is the message's Message-ID, the same on every attempt, so a repeat
/// after a crash is the same message to the mail system and to the customer's mail client.
/// </summary>
internal sealed class EmailChannel(NotificationSettings settings) : INotificationChannel
{
    private readonly SmtpSettings _smtp = settings.Smtp!;

    public Schema.Notifications.NotificationChannel Channel => Schema.Notifications.NotificationChannel.Email;

    public async Task SendAsync(DeliveryTarget target, CancellationToken ct)
    {
        var from = MailboxAddress.Parse(_smtp.From);
        using var message = new MimeMessage([from], [MailboxAddress.Parse(target.Email)], target.Title, new TextPart("plain") { Text = target.Body })
        {
            MessageId = $"{target.Key}@{from.Domain}",
        };
        using var client = new SmtpClient { Timeout = (int)settings.AttemptTimeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(_smtp.Host, _smtp.Port, _smtp.Security, ct);
            if (_smtp.UserName is { Length: > 0 } user)
            {
                await client.AuthenticateAsync(user, _smtp.Password ?? "", ct);
            }

            await client.SendAsync(message, ct);
            await client.DisconnectAsync(quit: true, ct);
        }
        catch (SmtpCommandException e)
        {
            throw new NotificationSendException($"The mail server refused the message ({(int)e.StatusCode}).");
        }
        catch (ServiceNotConnectedException)
        {
            throw new NotificationSendException("The mail server closed the connection.");
        }
    }
}
