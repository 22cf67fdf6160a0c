import { api, type DeliverySubscription } from "@dakarcafe-express/api";
import { useMutation, useQuery } from "@dakarcafe/client/react";
import { useI18n } from "../i18n";

const day = (iso: string, language: string) => new Date(iso).toLocaleDateString(language === "fr" ? "fr-SN" : "en-GB", { timeZone: "UTC" });

/** Two weeks from now: how long the page's pause button pauses deliveries. */
function inTwoWeeks(): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + 14);
  return date.toISOString();
}

/** The customer's recurring deliveries, live on every device: what comes when, and pause, resume or cancel. */
export function Subscriptions() {
  const { t } = useI18n();
  const subscriptions = useQuery(api.subscriptions.getMySubscriptions, {});
  if (!subscriptions) {
    return <p>{t("loading")}</p>;
  }

  return (
    <section className="subscriptions">
      <h1>{t("subscriptions")}</h1>
      {subscriptions.length === 0 ? <p>{t("noSubscriptions")}</p> : subscriptions.map((s) => <SubscriptionCard key={s.id} subscription={s} />)}
    </section>
  );
}

function SubscriptionCard({ subscription: s }: { subscription: DeliverySubscription }) {
  const { t, money, language } = useI18n();
  const pause = useMutation(api.subscriptions.pauseSubscription);
  const resume = useMutation(api.subscriptions.resumeSubscription);
  const cancel = useMutation(api.subscriptions.cancelSubscription);
  const status =
    s.status === "paused" && s.pausedUntil
      ? t("pausedUntil", { date: day(s.pausedUntil, language) })
      : s.status === "active"
        ? t("nextDelivery", { date: day(s.nextDelivery, language) })
        : t("subscriptionCancelled");
  return (
    <article className={`subscription ${s.status}`} data-testid="subscription">
      <h2>{s.name}</h2>
      <p>
        {t(s.frequency)} · {t("units", { n: s.products.reduce((sum, p) => sum + p.quantity, 0) })} · {money(s.pricing.total)}
      </p>
      <p data-testid="subscription-status">{status}</p>
      {s.status !== "cancelled" && (
        <p className="actions">
          {s.status === "active" ? (
            <button onClick={() => void pause({ subscriptionId: s.id, until: inTwoWeeks() })}>{t("pauseTwoWeeks")}</button>
          ) : (
            <button onClick={() => void resume({ subscriptionId: s.id })}>{t("resume")}</button>
          )}
          <button
            className="secondary"
            onClick={() => window.confirm(t("confirmCancel", { name: s.name })) && void cancel({ subscriptionId: s.id, reason: t("cancelledFromShop") })}
          >
            {t("cancelSubscription")}
          </button>
        </p>
      )}
    </article>
  );
}
