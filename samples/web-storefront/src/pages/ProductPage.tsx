import { api } from "@dakarcafe-express/api";
import { useAuth, useMutation, useQuery } from "@dakarcafe/client/react";
import { Availability } from "../components/Availability";
import { Reviews } from "../components/Reviews";
import { useI18n } from "../i18n";
import { href, navigate } from "../route";

/** One product, live: its price, stock, rating and reviews change on the page the moment the shop changes them. */
export function ProductPage({ slug }: { slug: string }) {
  const { t, money } = useI18n();
  const auth = useAuth();
  const product = useQuery(api.products.getProduct, { slug });
  const addToCart = useMutation(api.cart.addToCart);
  if (!product) {
    return <p>{t("loading")}</p>;
  }

  return (
    <article className="product">
      <a href={href({ page: "catalog" })}>← {t("back")}</a>
      <h1>{product.name}</h1>
      <p>{product.description}</p>
      <p className="price" data-testid="price">
        {money(product.price)}
        {product.originalPrice !== null && <s>{money(product.originalPrice)}</s>}
      </p>
      <Availability availability={product.availability} stock={product.inventory.stock} />
      <button
        disabled={product.availability === "outOfStock" || product.availability === "unavailable"}
        onClick={() => (auth.isAuthenticated ? void addToCart({ productId: product.id, quantity: 1 }) : navigate({ page: "signin" }))}
      >
        {t("addToCart")}
      </button>
      <Reviews productId={product.id} />
    </article>
  );
}
