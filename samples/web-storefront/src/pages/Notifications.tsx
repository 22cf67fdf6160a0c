import { api } from "@dakarcafe-express/api";
import { useMutation, useQuery } from "@dakarcafe/client/react";
import { useI18n } from "../i18n";
import { href } from "../route";

/** The customer's inbox, live: each order event's message as it happens; opening one marks it read. */
export function Notifications() {
  const { t, language } = useI18n();
  const page = useQuery(api.notifications.getMyNotifications, { limit: 50 });
  const markRead = useMutation(api.notifications.markRead);
  const markAllRead = useMutation(api.notifications.markAllRead);
  if (!page) {
    return <p>{t("loading")}</p>;
  }

  return (
    <section className="notifications">
      <h1>{t("notifications")}</h1>
      {page.items.length === 0 ? (
        <p>{t("noNotifications")}</p>
      ) : (
        <>
          <button disabled={page.unread === 0} onClick={() => void markAllRead({})}>
            {t("markAllRead")}
          </button>
          <ul>
            {page.items.map((notification) => (
              <li key={notification.id} data-testid="notification" className={notification.readAt ? "read" : "unread"}>
                <a
                  href={notification.orderId ? href({ page: "order", id: notification.orderId }) : undefined}
                  onClick={() => void (notification.readAt ? undefined : markRead({ notificationId: notification.id }))}
                >
                  <strong>{notification.title}</strong>
                </a>
                <p>{notification.body}</p>
                <time>{new Date(notification.createdAt).toLocaleString(language === "fr" ? "fr-SN" : "en-GB", { timeZone: "UTC" })}</time>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
