import { AuthLoading, Authenticated, Unauthenticated, useAuth, useQuery } from "@dakarcafe/client/react";
import { useState, type ReactNode } from "react";
import { api } from "@dakarcafe-express/api";
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
import { SignUp } from "./pages/SignUp";
import { RecurringDeliveries } from "./pages/RecurringDeliveries";
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
          {route.page === "checkout" && <SignedIn><Checkout /></SignedIn>}
          {route.page === "orders" && <SignedIn><Orders /></SignedIn>}
          {route.page === "order" && <SignedIn><OrderPage id={route.id} /></SignedIn>}
          {route.page === "notifications" && <SignedIn><Notifications /></SignedIn>}
          {route.page === "deliveries" && <SignedIn><RecurringDeliveries /></SignedIn>}
          {route.page === "signin" && <SignIn />}
          {route.page === "signup" && <SignUp />}
        </ErrorBoundary>
      </main>
    </>
  );
}

/** A page for signed-in shoppers: shown once the kept session is resumed, else an invitation to sign in. */
function SignedIn({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <>
      <AuthLoading>
        <p>{t("loading")}</p>
      </AuthLoading>
      <Authenticated>{children}</Authenticated>
      <Unauthenticated>
        <a href={href({ page: "signin" })}>{t("signInToSee")}</a>
      </Unauthenticated>
    </>
  );
}

/**
 * The shop's header: the brand and the cart always in sight; the other links in a menu that a button opens on a
 * phone and that lies open on a wider screen.
 */
function Header() {
  const { t, language, setLanguage } = useI18n();
  const auth = useAuth();
  const page = href(useRoute());
  const [open, setOpen] = useState(false);
  const [shownFor, setShownFor] = useState(page);
  const cart = useQuery(api.cart.getCart, auth.isAuthenticated ? {} : "skip");
  const inbox = useQuery(api.notifications.getMyNotifications, auth.isAuthenticated ? { limit: 1 } : "skip");
  if (shownFor !== page) {
    // Following a link closes the menu.
    setShownFor(page);
    setOpen(false);
  }

  return (
    <header>
      <a className="brand" href={href({ page: "catalog" })}>
        ☕ DakarCafé
      </a>
      <a className="cart-link" href={href({ page: "cart" })} data-testid="cart-link">
        {t("cart")} ({cart?.itemCount ?? 0})
      </a>
      <button className="menu-button" aria-expanded={open} aria-controls="site-menu" onClick={() => setOpen(!open)}>
        ☰ <span className="visually-hidden">{t("menu")}</span>
      </button>
      <nav id="site-menu" className={open ? "open" : undefined}>
        <a href={href({ page: "catalog" })}>{t("catalog")}</a>
        {auth.isAuthenticated && <a href={href({ page: "orders" })}>{t("orders")}</a>}
        {auth.isAuthenticated && <a href={href({ page: "deliveries" })}>{t("recurringDeliveries")}</a>}
        {auth.isAuthenticated && (
          <a href={href({ page: "notifications" })} data-testid="notifications-link">
            {t("notifications")} ({inbox?.unread ?? 0})
          </a>
        )}
        {auth.isAuthenticated ? (
          <button onClick={() => void auth.signOut().then(() => navigate({ page: "catalog" }))}>{t("signOut")}</button>
        ) : (
          <>
            <a href={href({ page: "signin" })}>{t("signIn")}</a>
            <a href={href({ page: "signup" })}>{t("signUp")}</a>
          </>
        )}
        <button className="language" onClick={() => setLanguage(language === "fr" ? "en" : "fr")}>
          {language === "fr" ? "English" : "Français"}
        </button>
      </nav>
    </header>
  );
}
