import type { OrderStatus, OrderTrackingView, TrackingUpdate } from "@dakarcafe-express/api";

export type Language = "fr" | "en";

const labels: Record<Language, Record<string, string>> = {
  fr: {
    pending: "Commande passée",
    confirmed: "Confirmée",
    processing: "En préparation",
    shipped: "Expédiée",
    inTransit: "En route",
    delivered: "Livrée",
    cancelled: "Annulée",
    paymentReceived: "Paiement reçu",
    paymentFailed: "Échec du paiement",
    paymentRefunded: "Remboursée",
  },
  en: {
    pending: "Order placed",
    confirmed: "Confirmed",
    processing: "Being prepared",
    shipped: "Shipped",
    inTransit: "On its way",
    delivered: "Delivered",
    cancelled: "Cancelled",
    paymentReceived: "Payment received",
    paymentFailed: "Payment failed",
    paymentRefunded: "Refunded",
  },
};

/** The statuses an order goes through when all goes well, in order. */
const journey: OrderStatus[] = ["pending", "confirmed", "processing", "shipped", "delivered"];

export interface TrackingStep {
  label: string;
  /** The carrier's news, or the reason of a cancellation; null for the plain steps. */
  detail: string | null;
  when: string;
}

/** The tracking page's steps, newest last: translated labels by status key, the server's words where they add news. */
export function trackingSteps(updates: readonly TrackingUpdate[], language: Language): TrackingStep[] {
  return updates.map((update) => ({
    label: labels[language][update.status] ?? update.status,
    detail: update.status === "inTransit" || update.status === "cancelled" ? [update.message, update.location].filter(Boolean).join(" — ") : null,
    when: new Date(update.timestamp).toLocaleString(language === "fr" ? "fr-SN" : "en-GB", { timeZone: "UTC", dateStyle: "short", timeStyle: "short" }),
  }));
}

/** How far along the happy path the order is, from 0 (placed) to 1 (delivered); a cancelled order has no progress. */
export function progress(order: Pick<OrderTrackingView, "status">): number | null {
  const at = journey.indexOf(order.status);
  return at < 0 ? null : at / (journey.length - 1);
}

export function statusLabel(status: OrderStatus, language: Language): string {
  return labels[language][status] ?? status;
}
