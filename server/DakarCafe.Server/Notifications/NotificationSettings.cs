using MailKit.Security;

namespace DakarCafe.Server.Notifications;

/// <summary>
/// The providers notifications go out through (<c>Notifications</c> in configuration). A channel without its settings
/// is off: its deliveries are marked failed with that reason, the others still go out.
/// </summary>
internal sealed record NotificationSettings(SmtpSettings? Smtp, PushSettings? Push, SmsSettings? Sms)
{
    /// <summary>How long one call to a provider may take before it counts as failed (and the scheduler retries it).</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public static NotificationSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Notifications");
        return new NotificationSettings(
            section.GetSection("Smtp").Get<SmtpSettings>() is { Host.Length: > 0 } smtp ? smtp : null,
            section.GetSection("Push").Get<PushSettings>() is { BaseUrl: not null } push ? push : null,
            section.GetSection("Sms").Get<SmsSettings>() is { BaseUrl: not null } sms ? sms : null)
        {
            AttemptTimeout = section.GetValue("AttemptTimeout", TimeSpan.FromSeconds(10)),
        };
    }
}

/// <summary>The SMTP server emails are handed to; TLS is required unless <see cref="Security"/> says otherwise.</summary>
internal sealed record SmtpSettings
{
    public string Host { get; init; } = "";

    public int Port { get; init; } = 587;

    public SecureSocketOptions Security { get; init; } = SecureSocketOptions.StartTls;

    public string From { get; init; } = "DakarCafé Express <commandes@dakarcafe.sn>";

    public string? UserName { get; init; }

    public string? Password { get; init; }
}

/// <summary>The Expo push service (or one that speaks its API).</summary>
internal sealed record PushSettings
{
    public Uri? BaseUrl { get; init; }

    public string? AccessToken { get; init; }
}

/// <summary>
/// Orange's SMS API for Senegal (or one that speaks it): the application's client credentials on Orange's gateway, and
/// the sender number and name the texts come from.
/// </summary>
internal sealed record SmsSettings
{
    public Uri? BaseUrl { get; init; }

    public string ClientId { get; init; } = "";

    public string ClientSecret { get; init; } = "";

    public string SenderNumber { get; init; } = "+221330000000";

    public string SenderName { get; init; } = "DakarCafe";
}
