import { api } from "@dakarcafe-express/api";
import { useAuth, useMutation, useQuery } from "@dakarcafe/client/react";
import { useI18n } from "../i18n";
import { href } from "../route";

/** The cart, the same on every device and tab of the user, live. */
export function CartPage() {
  const { t, money } = useI18n();
  const auth = useAuth();
  const cart = useQuery(api.cart.getCart, auth.isAuthenticated ? {} : "skip");
  const update = useMutation(api.cart.updateCartItem).withOptimisticUpdate((store, args) => {
    const current = store.getQuery(api.cart.getCart, {});
    if (current) {
      const lines = current.lines.flatMap((l) => (l.productId !== args.productId ? [l] : args.quantity === 0 ? [] : [{ ...l, quantity: args.quantity, lineTotal: l.unitPrice * args.quantity }]));
      store.setQuery(api.cart.getCart, {}, { ...current, lines, itemCount: lines.reduce((n, l) => n + l.quantity, 0), subtotal: lines.reduce((n, l) => n + l.lineTotal, 0) });
    }
  });
  if (!auth.isAuthenticated) {
    return <a href={href({ page: "signin" })}>{t("signInToOrder")}</a>;
  }

  if (!cart) {
    return <p>{t("loading")}</p>;
  }

  if (cart.lines.length === 0) {
    return <p data-testid="cart-empty">{t("emptyCart")}</p>;
  }

  return (
    <section>
      <h1>{t("cart")}</h1>
      <table className="cart">
        <tbody>
          {cart.lines.map((line) => (
            <tr key={line.productId} data-testid="cart-line">
              <td>{line.name}</td>
              <td>
                <input
                  type="number"
                  min={0}
                  value={line.quantity}
                  aria-label={`${line.name} quantity`}
                  onChange={(e) => void update({ productId: line.productId, quantity: Number(e.target.value) }).catch(() => undefined)}
                />
              </td>
              <td>
                {money(line.lineTotal)} {line.priceChanged && <em>({t("priceChanged")})</em>}
              </td>
              <td>
                <button onClick={() => void update({ productId: line.productId, quantity: 0 })}>{t("remove")}</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="total" data-testid="cart-subtotal">
        {t("subtotal")}: {money(cart.subtotal)} · {cart.itemCount}
      </p>
      <a className="button" href={href({ page: "checkout" })}>
        {t("checkout")}
      </a>
    </section>
  );
}
