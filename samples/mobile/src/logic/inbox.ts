import type { OptimisticLocalStore } from "@dakarcafe/client";
import type { NotificationPage } from "@dakarcafe-express/api";
import { api } from "@dakarcafe-express/api";
import type { Language } from "./tracking";

/** The inbox as the app asks for it: the newest 50 messages and the unread count. */
export const inboxArgs = { limit: 50 };

/** The inbox tab's label: the unread count when there is one, capped at 99+. */
export function inboxLabel(language: Language, unread: number): string {
  const name = language === "fr" ? "Messages" : "Inbox";
  return unread <= 0 ? name : `${name} (${unread > 99 ? "99+" : unread})`;
}

/** The page with one message read at <paramref name="at"/> (the unread count follows); an unknown or read one changes nothing. */
export function markedRead(page: NotificationPage, notificationId: string, at: string): NotificationPage {
  const target = page.items.find((n) => n.id === notificationId);
  if (!target || target.readAt) {
    return page;
  }

  return { ...page, unread: page.unread - 1, items: page.items.map((n) => (n === target ? { ...n, readAt: at } : n)) };
}

/** Every message of the page read. */
export function allRead(page: NotificationPage, at: string): NotificationPage {
  return { ...page, unread: 0, items: page.items.map((n) => (n.readAt ? n : { ...n, readAt: at })) };
}

/** The optimistic update of `notifications:markRead`: the message shows read, and the tab's count drops, at once. */
export function markReadOptimistically(store: OptimisticLocalStore, args: { notificationId: string }): void {
  const page = store.getQuery(api.notifications.getMyNotifications, inboxArgs);
  if (page) {
    store.setQuery(api.notifications.getMyNotifications, inboxArgs, markedRead(page, args.notificationId, new Date().toISOString()));
  }
}

/** The optimistic update of `notifications:markAllRead`. */
export function markAllReadOptimistically(store: OptimisticLocalStore): void {
  const page = store.getQuery(api.notifications.getMyNotifications, inboxArgs);
  if (page) {
    store.setQuery(api.notifications.getMyNotifications, inboxArgs, allRead(page, new Date().toISOString()));
  }
}
