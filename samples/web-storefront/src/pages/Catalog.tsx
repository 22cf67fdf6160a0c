import { api, type ProductCategory, type ProductSort } from "@dakarcafe-express/api";
import { usePaginatedQuery } from "@dakarcafe/client/react";
import { useState } from "react";
import { Availability } from "../components/Availability";
import { Picture } from "../components/Picture";
import { useI18n } from "../i18n";
import { href } from "../route";

export function Catalog() {
  const { t, money } = useI18n();
  const [category, setCategory] = useState<ProductCategory | "">("");
  const [search, setSearch] = useState("");
  const [sortBy, setSortBy] = useState<ProductSort>("name");
  const { results, status, loadMore } = usePaginatedQuery(
    api.products.getProducts,
    { ...(category ? { category } : {}), ...(search.trim() ? { search: search.trim() } : {}), sortBy },
    { initialNumItems: 12 },
  );
  return (
    <section>
      <h1>{t("catalog")}</h1>
      <div className="filters">
        <input type="search" placeholder={t("search")} value={search} onChange={(e) => setSearch(e.target.value)} aria-label={t("search")} />
        <select value={category} onChange={(e) => setCategory(e.target.value as ProductCategory | "")} aria-label="category">
          <option value="">{t("allCategories")}</option>
          <option value="capsules">{t("capsules")}</option>
          <option value="machines">{t("machines")}</option>
          <option value="accessories">{t("accessories")}</option>
        </select>
        <select value={sortBy} onChange={(e) => setSortBy(e.target.value as ProductSort)} aria-label="sort">
          <option value="name">{t("sortName")}</option>
          <option value="price">{t("sortPrice")}</option>
          <option value="rating">{t("sortRating")}</option>
          <option value="newest">{t("sortNewest")}</option>
        </select>
      </div>
      <p className="hint">{t("pricesBeforeVat")}</p>
      {status === "loadingFirstPage" ? (
        <p>{t("loading")}</p>
      ) : results.length === 0 ? (
        <div className="empty" data-testid="no-results">
          <p>{t("noResults", { search: search.trim() })}</p>
          <button
            onClick={() => {
              setSearch("");
              setCategory("");
            }}
          >
            {t("seeWholeCatalog")}
          </button>
        </div>
      ) : (
        <ul className="products">
          {results.map((product) => (
            <li key={product.id} data-testid="product-card">
              <a href={href({ page: "product", slug: product.seo.slug })}>
                <Picture image={product.images[0]} alt={product.name} size="card" />
                <strong>{product.name}</strong>
                <span>{product.shortDescription}</span>
                <span className="price">{money(product.price)}</span>
                <Availability availability={product.availability} stock={product.inventory.stock} />
              </a>
            </li>
          ))}
        </ul>
      )}
      {status === "canLoadMore" && <button onClick={() => loadMore(12)}>{t("loadMore")}</button>}
    </section>
  );
}
