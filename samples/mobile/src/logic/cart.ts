import type { OptimisticLocalStore } from "@dakarcafe/client";
import type { CartLine, CartView } from "@dakarcafe-express/api";
import { api } from "@dakarcafe-express/api";

/** The cart with a line's quantity changed (0 removes it), totals recomputed: what the screen shows before the server answers. */
export function withQuantity(cart: CartView, productId: string, quantity: number): CartView {
  const lines: CartLine[] = cart.lines.flatMap((line) =>
    line.productId !== productId ? [line] : quantity <= 0 ? [] : [{ ...line, quantity, lineTotal: line.unitPrice * quantity }],
  );
  return { ...cart, lines, itemCount: lines.reduce((n, l) => n + l.quantity, 0), subtotal: lines.reduce((n, l) => n + l.lineTotal, 0) };
}

/** The optimistic update of `cart:updateCartItem`. */
export function updateCartOptimistically(store: OptimisticLocalStore, args: { productId: string; quantity: number }): void {
  const cart = store.getQuery(api.cart.getCart, {});
  if (cart) {
    store.setQuery(api.cart.getCart, {}, withQuantity(cart, args.productId, args.quantity));
  }
}
