import { api } from "@dakarcafe-express/api";
import { useQuery } from "@dakarcafe/client/react";
import { PriceBreakdown } from "../components/PriceBreakdown";
import { useI18n, type Text } from "../i18n";

/** The steps the app names itself, by their stable status key; the others show the server's message (a carrier's news, a reason). */
const steps: Partial<Record<string, Text>> = {
  pending: "stepPlaced",
  confirmed: "confirmed",
  processing: "processing",
  delivered: "delivered",
  paymentReceived: "stepPaid",
  paymentFailed: "stepPaymentFailed",
  paymentRefunded: "stepRefunded",
};

/** An order: what was ordered and what it cost, and its live tracking (each step appears the moment the shop records it). */
export function OrderPage({ id }: { id: string }) {
  const { t, money, language } = useI18n();
  const order = useQuery(api.orders.getOrder, { orderId: id });
  if (!order) {
    return <p>{t("loading")}</p>;
  }

  return (
    <article className="order">
      <h1>
        {t("order")} {order.orderNumber}
      </h1>
      <p>
        {t("status")}: <strong data-testid="order-status">{t(order.status)}</strong> · {t("total")}: {money(order.total)}
      </p>
      <h2>{t("items")}</h2>
      <ul className="summary-lines" data-testid="order-lines">
        {order.items.map((item) => (
          <li key={item.productId}>
            <span>
              {item.quantity} × {item.name} <span className="hint">({t("unitPrice", { price: money(item.price) })})</span>
            </span>
            <span>{money(item.total)}</span>
          </li>
        ))}
      </ul>
      <PriceBreakdown amounts={order} region={order.deliveryAddress.region} />
      {order.tracking.carrier && (
        <p data-testid="carrier">
          {order.tracking.carrier} · {order.tracking.number}
        </p>
      )}
      <h2>{t("tracking")}</h2>
      <ol className="tracking" data-testid="tracking">
        {order.tracking.updates.map((update, i) => (
          <li key={i}>
            <time>{new Date(update.timestamp).toLocaleString(language === "fr" ? "fr-SN" : "en-GB", { timeZone: "UTC" })}</time>{" "}
            {steps[update.status] ? t(steps[update.status]!) : update.status === "shipped" ? `${t("shipped")} (${order.tracking.carrier ?? ""})` : update.message}
            {update.location && ` — ${update.location}`}
          </li>
        ))}
      </ol>
    </article>
  );
}
