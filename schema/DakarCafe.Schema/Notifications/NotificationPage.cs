namespace DakarCafe.Schema.Notifications;

/// <summary>A page of the caller's notifications, newest first.</summary>
/// <param name="Items">The notifications of the page.</param>
/// <param name="Total">How many the caller has.</param>
/// <param name="Unread">How many of them are unread.</param>
public sealed record NotificationPage(IReadOnlyList<Notification> Items, int Total, int Unread);
