import { useSyncExternalStore } from "react";

/** The page the hash names: #/ (catalog), #/product/<slug>, #/cart, #/checkout, #/orders, #/order/<id>, #/notifications, #/deliveries (recurring deliveries), #/signin, #/signup. */
export type Route =
  | { page: "catalog" }
  | { page: "product"; slug: string }
  | { page: "cart" }
  | { page: "checkout" }
  | { page: "orders" }
  | { page: "order"; id: string }
  | { page: "notifications" }
  | { page: "deliveries" }
  | { page: "signin" }
  | { page: "signup" };

export function parse(hash: string): Route {
  const [page, param] = hash.replace(/^#\/?/, "").split("/");
  switch (page) {
    case "product":
      return param ? { page, slug: decodeURIComponent(param) } : { page: "catalog" };
    case "order":
      return param ? { page, id: param } : { page: "orders" };
    case "cart":
    case "checkout":
    case "orders":
    case "notifications":
    case "deliveries":
    case "signin":
    case "signup":
      return { page };
    case "subscriptions":
      // The recurring deliveries' address before they were named for what they are: bookmarks still open them.
      return { page: "deliveries" };
    default:
      return { page: "catalog" };
  }
}

export function href(route: Route): string {
  switch (route.page) {
    case "product":
      return `#/product/${encodeURIComponent(route.slug)}`;
    case "order":
      return `#/order/${route.id}`;
    case "catalog":
      return "#/";
    default:
      return `#/${route.page}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = href(route);
}

const subscribe = (onChange: () => void) => {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parse(hash);
}
