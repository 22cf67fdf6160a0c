import type { OrderQuote } from "@dakarcafe-express/api";
import { useI18n } from "../i18n";

/** The amounts of a quote or an order, in whole FCFA: Total = Subtotal - Discount + Tax + Shipping. */
type Amounts = Pick<OrderQuote, "subtotal" | "discount" | "tax" | "shipping" | "total">;

/** Subtotal, discount, VAT, delivery and total, as checkout charges them; with a quote, how far free delivery is. */
export function PriceBreakdown({
  amounts,
  region,
  vatBasisPoints,
  missingForFreeShipping,
}: {
  amounts: Amounts;
  region: string;
  vatBasisPoints?: number;
  missingForFreeShipping?: number;
}) {
  const { t, money } = useI18n();
  return (
    <div className="breakdown">
      <dl data-testid="breakdown">
        <dt>{t("subtotal")}</dt>
        <dd data-testid="subtotal">{money(amounts.subtotal)}</dd>
        {amounts.discount > 0 && (
          <>
            <dt>{t("discount")}</dt>
            <dd>− {money(amounts.discount)}</dd>
          </>
        )}
        <dt>{vatBasisPoints === undefined ? t("vatPlain") : t("vat", { rate: vatBasisPoints / 100 })}</dt>
        <dd data-testid="tax">{money(amounts.tax)}</dd>
        <dt>{t("shippingTo", { region })}</dt>
        <dd data-testid="shipping">{amounts.shipping === 0 ? t("free") : money(amounts.shipping)}</dd>
        <dt className="total">{t("totalToPay")}</dt>
        <dd className="total" data-testid="total">
          {money(amounts.total)}
        </dd>
      </dl>
      {missingForFreeShipping !== undefined && amounts.subtotal > 0 && (
        <p className="hint" data-testid="free-shipping">
          {missingForFreeShipping > 0 ? t("missingForFreeShipping", { amount: money(missingForFreeShipping) }) : t("freeShippingReached")}
        </p>
      )}
    </div>
  );
}
