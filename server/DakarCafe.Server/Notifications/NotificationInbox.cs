using DakarCafe.Engine.Errors;
using DakarCafe.Engine.Functions;
using DakarCafe.Protocol;
using DakarCafe.Schema;
using DakarCafe.Schema.Notifications;

namespace DakarCafe.Server.Notifications;

/// <summary>The customer's side: their notifications (live), read marks, and their devices for push.</summary>
internal static class NotificationInbox
{
    public static async Task<NotificationPage> GetMineAsync(QueryContext ctx, GetMyNotificationsArgs args, CancellationToken ct)
    {
        var (size, offset, userId) = (Paging.Size(args.Limit), Paging.Offset(args.Offset), Caller.Id(ctx));
        var total = await ctx.CountAsync<Notification>(q => q.Where(n => n.UserId == userId), ct);
        var unread = await ctx.CountAsync<Notification>(q => q.Where(n => n.UserId == userId && n.ReadAt == null), ct);
        var items = await ctx.ListAsync<Notification>(q => q.Where(n => n.UserId == userId)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Skip(offset).Take(size), ct);
        return new NotificationPage(items, total, unread);
    }

    public static async Task<Notification> MarkReadAsync(MutationContext ctx, NotificationIdArgs args, CancellationToken ct)
    {
        var notification = await ctx.LoadAsync<Notification>(args.NotificationId, ct);
        if (notification is null || notification.UserId != Caller.Id(ctx))
        {
            throw new AppError(ErrorCodes.NotFound, "No such notification.", new { field = "notificationId" });
        }

        if (notification.ReadAt is not null)
        {
            return notification;
        }

        var read = notification with { ReadAt = ctx.Time.GetUtcNow() };
        ctx.Store(read);
        return read;
    }

    public static async Task<int> MarkAllReadAsync(MutationContext ctx, NoArgs args, CancellationToken ct)
    {
        var userId = Caller.Id(ctx);
        var unread = await ctx.ListAsync<Notification>(q => q.Where(n => n.UserId == userId && n.ReadAt == null).Take(Paging.MaxPageSize * 10), ct);
        var now = ctx.Time.GetUtcNow();
        foreach (var notification in unread)
        {
            ctx.Store(notification with { ReadAt = now });
        }

        return unread.Count;
    }

    public static async Task<bool> RegisterPushTokenAsync(MutationContext ctx, RegisterPushTokenArgs args, CancellationToken ct)
    {
        var token = args.Token?.Trim() ?? "";
        if (!(token.StartsWith("ExponentPushToken[", StringComparison.Ordinal) || token.StartsWith("ExpoPushToken[", StringComparison.Ordinal))
            || !token.EndsWith(']') || token.Length > 200)
        {
            throw AppError.Validation("token", "A push token looks like ExponentPushToken[...].");
        }

        var userId = Caller.Id(ctx);
        var devices = await ctx.LoadAsync<PushDevices>(userId, ct) ?? new PushDevices(userId, []);
        if (devices.Tokens.Contains(token))
        {
            return false;
        }

        ctx.Store(devices with { Tokens = [.. devices.Tokens.Append(token).TakeLast(PushDevices.MaxDevices)] });
        return true;
    }

}
