import { api } from "@dakarcafe-express/api";
import { useQuery } from "@dakarcafe/client/react";
import { useI18n } from "../i18n";
import { href } from "../route";

export function Orders() {
  const { t, money } = useI18n();
  const page = useQuery(api.orders.getUserOrders, { limit: 50 });
  if (!page) {
    return <p>{t("loading")}</p>;
  }

  return (
    <section>
      <h1>{t("orders")}</h1>
      {page.items.length === 0 ? (
        <p>{t("noOrders")}</p>
      ) : (
        <ul className="orders">
      {page.items.map((order) => (
        <li key={order.id}>
          <a href={href({ page: "order", id: order.id })}>
            {order.orderNumber} · {t(order.status)} · {money(order.total)}
          </a>
        </li>
      ))}
        </ul>
      )}
    </section>
  );
}
