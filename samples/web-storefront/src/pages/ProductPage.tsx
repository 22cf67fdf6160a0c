import { api, refusal } from "@dakarcafe-express/api";
import { useAuth, useMutation, useQuery } from "@dakarcafe/client/react";
import { useState } from "react";
import { Availability } from "../components/Availability";
import { Picture } from "../components/Picture";
import { Reviews } from "../components/Reviews";
import { useI18n } from "../i18n";
import { href, navigate } from "../route";

/** One product, live: its price, stock, rating and reviews change on the page the moment the shop changes them. */
export function ProductPage({ slug }: { slug: string }) {
  const { t, money, language } = useI18n();
  const auth = useAuth();
  const product = useQuery(api.products.getProduct, { slug });
  const addToCart = useMutation(api.cart.addToCart);
  const [error, setError] = useState<string | null>(null);
  if (!product) {
    return <p>{t("loading")}</p>;
  }

  function add(productId: string) {
    if (!auth.isAuthenticated) {
      navigate({ page: "signin" });
      return;
    }

    setError(null);
    addToCart({ productId, quantity: 1 }).catch((e: unknown) => setError(refusal(e, language).text));
  }

  return (
    <article className="product">
      <a href={href({ page: "catalog" })}>← {t("back")}</a>
      <div className="product-layout">
        <Picture image={product.images[0]} alt={product.name} size="large" />
        <div>
          <h1>{product.name}</h1>
          <p>{product.description}</p>
          <p className="price" data-testid="price">
            {money(product.price)}
            {product.originalPrice !== null && <s>{money(product.originalPrice)}</s>}
          </p>
          <p className="hint">{t("pricesBeforeVat")}</p>
          <Availability availability={product.availability} stock={product.inventory.stock} />
          <button disabled={product.availability === "outOfStock" || product.availability === "unavailable"} onClick={() => add(product.id)}>
            {t("addToCart")}
          </button>
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
        </div>
      </div>
      <Reviews productId={product.id} />
    </article>
  );
}
