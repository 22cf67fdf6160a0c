using DakarCafe.Protocol;
using DakarCafe.Schema.Notifications;

namespace DakarCafe.Schema;

public static partial class Api
{
    /// <summary>The <c>notifications</c> module's functions.</summary>
    public static class Notifications
    {
        /// <summary><c>notifications:getMyNotifications</c>: The caller's notifications, newest first, with the unread count.</summary>
        public static QueryReference<GetMyNotificationsArgs, NotificationPage> GetMyNotifications { get; } = new("notifications:getMyNotifications");

        /// <summary><c>notifications:markRead</c>: Marks one of the caller's notifications read.</summary>
        public static MutationReference<NotificationIdArgs, Notification> MarkRead { get; } = new("notifications:markRead");

        /// <summary><c>notifications:markAllRead</c>: Marks all the caller's notifications read; returns how many were unread.</summary>
        public static MutationReference<NoArgs, int> MarkAllRead { get; } = new("notifications:markAllRead");

        /// <summary><c>notifications:registerPushToken</c>: Registers the caller's device for push notifications.</summary>
        public static MutationReference<RegisterPushTokenArgs, bool> RegisterPushToken { get; } = new("notifications:registerPushToken");
    }
}
