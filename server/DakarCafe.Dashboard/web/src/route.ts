import { useSyncExternalStore } from "react";

/** The view the hash names: #/data (#/data/<table>), #/audit, #/functions (#/functions/<name>), #/logs, #/metrics, #/jobs, #/users, #/files. */
export type Route =
  | { view: "data"; table: string | null }
  | { view: "audit" }
  | { view: "functions"; name: string | null }
  | { view: "logs" }
  | { view: "metrics" }
  | { view: "jobs" }
  | { view: "users" }
  | { view: "files" };

export type View = Route["view"];

export function parse(hash: string): Route {
  const [view, param] = hash.replace(/^#\/?/, "").split("/");
  const named = param ? decodeURIComponent(param) : null;
  switch (view) {
    case "functions":
      return { view, name: named };
    case "audit":
    case "logs":
    case "metrics":
    case "jobs":
    case "users":
    case "files":
      return { view };
    default:
      return { view: "data", table: named };
  }
}

export function href(route: Route): string {
  switch (route.view) {
    case "data":
      return route.table ? `#/data/${encodeURIComponent(route.table)}` : "#/data";
    case "functions":
      return route.name ? `#/functions/${encodeURIComponent(route.name)}` : "#/functions";
    default:
      return `#/${route.view}`;
  }
}

const subscribe = (onChange: () => void) => {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
};

export function useRoute(): Route {
  return parse(useSyncExternalStore(subscribe, () => window.location.hash));
}
