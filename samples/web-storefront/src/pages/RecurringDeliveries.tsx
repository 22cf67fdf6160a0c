import { api, type RecurringDelivery } from "@dakarcafe-express/api";
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
export function RecurringDeliveries() {
  const { t } = useI18n();
  const deliveries = useQuery(api.recurringDeliveries.getMyRecurringDeliveries, {});
  if (!deliveries) {
    return <p>{t("loading")}</p>;
  }

  return (
    <section className="recurring-deliveries">
      <h1>{t("recurringDeliveries")}</h1>
      {deliveries.length === 0 ? <p>{t("noRecurringDeliveries")}</p> : deliveries.map((d) => <RecurringDeliveryCard key={d.id} delivery={d} />)}
    </section>
  );
}

function RecurringDeliveryCard({ delivery: d }: { delivery: RecurringDelivery }) {
  const { t, money, language } = useI18n();
  const pause = useMutation(api.recurringDeliveries.pauseRecurringDelivery);
  const resume = useMutation(api.recurringDeliveries.resumeRecurringDelivery);
  const cancel = useMutation(api.recurringDeliveries.cancelRecurringDelivery);
  const status =
    d.status === "paused" && d.pausedUntil
      ? t("pausedUntil", { date: day(d.pausedUntil, language) })
      : d.status === "active"
        ? t("nextDelivery", { date: day(d.nextDelivery, language) })
        : t("recurringDeliveryCancelled");
  return (
    <article className={`recurring-delivery ${d.status}`} data-testid="recurring-delivery">
      <h2>{d.name}</h2>
      <p>
        {t(d.frequency)} · {t("units", { n: d.products.reduce((sum, p) => sum + p.quantity, 0) })} · {money(d.pricing.total)}
      </p>
      <p data-testid="recurring-delivery-status">{status}</p>
      {d.status !== "cancelled" && (
        <p className="actions">
          {d.status === "active" ? (
            <button onClick={() => void pause({ recurringDeliveryId: d.id, until: inTwoWeeks() })}>{t("pauseTwoWeeks")}</button>
          ) : (
            <button onClick={() => void resume({ recurringDeliveryId: d.id })}>{t("resume")}</button>
          )}
          <button
            className="secondary"
            onClick={() => window.confirm(t("confirmCancel", { name: d.name })) && void cancel({ recurringDeliveryId: d.id, reason: t("cancelledFromShop") })}
          >
            {t("cancelRecurringDelivery")}
          </button>
        </p>
      )}
    </article>
  );
}
