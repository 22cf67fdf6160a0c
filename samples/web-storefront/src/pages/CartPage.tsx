import { api, lineProblem, refusal, type QuoteLine } from "@dakarcafe-express/api";
import { useAuth, useMutation, useQuery } from "@dakarcafe/client/react";
import { useState } from "react";
import { Picture } from "../components/Picture";
import { PriceBreakdown } from "../components/PriceBreakdown";
import { useI18n } from "../i18n";
import { href } from "../route";

/** The most of one product a cart takes (the server's limit). */
const maxQuantity = 999;

/** The cart, the same on every device and tab of the user, live, with what it will cost delivered in Dakar. */
export function CartPage() {
  const { t, money, language } = useI18n();
  const auth = useAuth();
  const cart = useQuery(api.cart.getCart, auth.isAuthenticated ? {} : "skip");
  const quote = useQuery(api.orders.quoteOrder, auth.isAuthenticated ? { region: "Dakar", paymentMethod: "cashOnDelivery" } : "skip");
  const [notices, setNotices] = useState<Record<string, string>>({});
  const update = useMutation(api.cart.updateCartItem).withOptimisticUpdate((store, args) => {
    const current = store.getQuery(api.cart.getCart, {});
    if (current) {
      const lines = current.lines.flatMap((l) => (l.productId !== args.productId ? [l] : args.quantity === 0 ? [] : [{ ...l, quantity: args.quantity, lineTotal: l.unitPrice * args.quantity }]));
      store.setQuery(api.cart.getCart, {}, { ...current, lines, itemCount: lines.reduce((n, l) => n + l.quantity, 0), subtotal: lines.reduce((n, l) => n + l.lineTotal, 0) });
    }
  });
  if (!auth.isAuthenticated) {
    return (
      <section>
        <h1>{t("cart")}</h1>
        <a href={href({ page: "signin" })}>{t("signInToOrder")}</a>
      </section>
    );
  }

  if (!cart) {
    return <p>{t("loading")}</p>;
  }

  if (cart.lines.length === 0) {
    return (
      <section>
        <h1>{t("cart")}</h1>
        <p data-testid="cart-empty">{t("emptyCart")}</p>
        <a className="button" href={href({ page: "catalog" })}>
          {t("seeWholeCatalog")}
        </a>
      </section>
    );
  }

  const quoted = new Map<string, QuoteLine>(quote?.lines.map((line) => [line.productId, line]));
  const problems = new Map(quote?.lines.map((line) => [line.productId, lineProblem(line, language)]));

  /** Sends the quantity typed, bounded by the stock and the cart's limit, and says so when it was bounded. */
  function setQuantity(productId: string, typed: string) {
    const wanted = Math.floor(Number(typed));
    if (typed === "" || !Number.isFinite(wanted) || wanted < 0) {
      return;
    }

    const available = quoted.get(productId)?.available ?? null;
    const bound = Math.min(wanted, maxQuantity, available ?? maxQuantity);
    const notice =
      bound === wanted ? null : available !== null && bound === available ? t("quantityCapped", { n: available }) : t("quantityMax", { n: maxQuantity });
    setNotices(({ [productId]: _, ...others }) => (notice ? { ...others, [productId]: notice } : others));
    update({ productId, quantity: bound }).catch((e: unknown) => setNotices((current) => ({ ...current, [productId]: refusal(e, language).text })));
  }

  return (
    <section>
      <h1>{t("cart")}</h1>
      <ul className="cart">
        {cart.lines.map((line) => (
          <li key={line.productId} data-testid="cart-line">
            <Picture image={line.image} alt={line.name} size="thumb" />
            <div className="line-name">
              <strong>{line.name}</strong>
              <span className="hint">{t("unitPrice", { price: money(line.unitPrice) })}</span>
              {line.priceChanged && <em>({t("priceChanged")})</em>}
              {problems.get(line.productId) && <span className="error">{problems.get(line.productId)}</span>}
            </div>
            <label className="quantity">
              <span className="visually-hidden">{t("quantity")}</span>
              <input
                type="number"
                inputMode="numeric"
                min={0}
                max={quoted.get(line.productId)?.available ?? maxQuantity}
                value={line.quantity}
                aria-label={`${line.name} quantity`}
                onChange={(e) => setQuantity(line.productId, e.target.value)}
              />
            </label>
            <span className="line-total">{money(line.lineTotal)}</span>
            <button className="secondary" onClick={() => void update({ productId: line.productId, quantity: 0 })}>
              {t("remove")}
            </button>
            {notices[line.productId] && (
              <p className="notice-line" role="status" data-testid="quantity-notice">
                {notices[line.productId]}
              </p>
            )}
          </li>
        ))}
      </ul>
      <p data-testid="cart-subtotal" className="hint">
        {t("itemsInCart", { n: cart.itemCount })} · {t("subtotal")} {money(cart.subtotal)}
      </p>
      {quote && <PriceBreakdown amounts={quote} region={quote.region} vatBasisPoints={quote.vatBasisPoints} missingForFreeShipping={quote.missingForFreeShipping} />}
      <a className="button" href={href({ page: "checkout" })}>
        {t("checkout")}
      </a>
    </section>
  );
}
