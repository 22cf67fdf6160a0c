import type { OrderQuote } from "@dakarcafe-express/api";
import { fcfa } from "./money";
import type { Language } from "./tracking";

/** The amounts of a quote or an order, in whole FCFA: total = subtotal − discount + tax + shipping. */
export type Amounts = Pick<OrderQuote, "subtotal" | "discount" | "tax" | "shipping" | "total">;

/** One row of a price breakdown, ready to show: its label and its amount; the total stands out. */
export interface BreakdownRow {
  label: string;
  value: string;
  isTotal: boolean;
}

/** A VAT rate from basis points as the shopper writes it: 1800 is "18 %" (narrow no-break space) in French, "18%" in English; 1850 is "18,5 %" or "18.5%". */
export function vatRate(basisPoints: number, language: Language): string {
  const percent = String(basisPoints / 100);
  return language === "fr" ? `${percent.replace(".", ",")}\u202f%` : `${percent}%`;
}

/**
 * Subtotal, discount (only when there is one), VAT (with its rate when known: a quote gives it, an order does not),
 * delivery to the region ("Offerte" when free) and the total to pay, as checkout charges them.
 */
export function breakdownRows(amounts: Amounts, region: string, language: Language, vatBasisPoints?: number): BreakdownRow[] {
  const fr = language === "fr";
  const row = (label: string, value: string, isTotal = false): BreakdownRow => ({ label, value, isTotal });
  const vat = fr ? "TVA" : "VAT";
  return [
    row(fr ? "Sous-total" : "Subtotal", fcfa(amounts.subtotal)),
    ...(amounts.discount > 0 ? [row(fr ? "Remise" : "Discount", `− ${fcfa(amounts.discount)}`)] : []),
    row(vatBasisPoints === undefined ? vat : `${vat} (${vatRate(vatBasisPoints, language)})`, fcfa(amounts.tax)),
    row(fr ? `Livraison (${region})` : `Delivery (${region})`, amounts.shipping === 0 ? (fr ? "Offerte" : "Free") : fcfa(amounts.shipping)),
    row(fr ? "Total à payer" : "Total to pay", fcfa(amounts.total), true),
  ];
}

/** How far free delivery is, beneath a quote: the goods still missing, or that it is reached; nothing for an empty cart. */
export function freeDeliveryNote(quote: Pick<OrderQuote, "subtotal" | "missingForFreeShipping">, language: Language): string | null {
  const fr = language === "fr";
  if (quote.subtotal <= 0) {
    return null;
  }

  if (quote.missingForFreeShipping <= 0) {
    return fr ? "Livraison offerte." : "Free delivery.";
  }

  const missing = fcfa(quote.missingForFreeShipping);
  return fr ? `Plus que ${missing} d'articles pour une livraison offerte.` : `${missing} more in goods for free delivery.`;
}

/** The order button's label, with the quoted total once it is known (an ellipsis until then). */
export function placeOrderLabel(language: Language, total: number | undefined): string {
  const amount = total === undefined ? "…" : fcfa(total);
  return language === "fr" ? `Commander · ${amount} (paiement à la livraison)` : `Order · ${amount} (cash on delivery)`;
}
