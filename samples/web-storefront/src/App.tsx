import { useAuth, useQuery } from "@dakarcafe/client/react";
import { api } from "@dakarcafe/client";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { useI18n } from "./i18n";
import { CartPage } from "./pages/CartPage";
import { Catalog } from "./pages/Catalog";
import { Checkout } from "./pages/Checkout";
import { Notifications } from "./pages/Notifications";
import { OrderPage } from "./pages/OrderPage";
import { Orders } from "./pages/Orders";
import { ProductPage } from "./pages/ProductPage";
import { SignIn } from "./pages/SignIn";
import { Subscriptions } from "./pages/Subscriptions";
import { href, navigate, useRoute } from "./route";

export function App() {
  const route = useRoute();
  return (
    <>
      <Header />
      <main>
        <ErrorBoundary key={JSON.stringify(route)}>
          {route.page === "catalog" && <Catalog />}
          {route.page === "product" && <ProductPage slug={route.slug} />}
          {route.page === "cart" && <CartPage />}
          {route.page === "checkout" && <Checkout />}
          {route.page === "orders" && <Orders />}
          {route.page === "order" && <OrderPage id={route.id} />}
          {route.page === "notifications" && <Notifications />}
          {route.page === "subscriptions" && <Subscriptions />}
          {route.page === "signin" && <SignIn />}
        </ErrorBoundary>
      </main>
    </>
  );
}

function Header() {
  const { t, language, setLanguage } = useI18n();
  const auth = useAuth();
  const cart = useQuery(api.cart.getCart, auth.isAuthenticated ? {} : "skip");
  const inbox = useQuery(api.notifications.getMyNotifications, auth.isAuthenticated ? { limit: 1 } : "skip");
  return (
    <header>
      <a className="brand" href={href({ page: "catalog" })}>
        ☕ DakarCafé Express
      </a>
      <nav>
        <a href={href({ page: "catalog" })}>{t("catalog")}</a>
        {auth.isAuthenticated && <a href={href({ page: "orders" })}>{t("orders")}</a>}
        {auth.isAuthenticated && <a href={href({ page: "subscriptions" })}>{t("subscriptions")}</a>}
        {auth.isAuthenticated && (
          <a href={href({ page: "notifications" })} data-testid="notifications-link">
            {t("notifications")} ({inbox?.unread ?? 0})
          </a>
        )}
        <a href={href({ page: "cart" })} data-testid="cart-link">
          {t("cart")} ({cart?.itemCount ?? 0})
        </a>
        {auth.isAuthenticated ? (
          <button onClick={() => void auth.signOut().then(() => navigate({ page: "catalog" }))}>{t("signOut")}</button>
        ) : (
          <a href={href({ page: "signin" })}>{t("signIn")}</a>
        )}
        <button className="language" onClick={() => setLanguage(language === "fr" ? "en" : "fr")}>
          {language === "fr" ? "EN" : "FR"}
        </button>
      </nav>
    </header>
  );
}
