const rememberedKey = "dakarcafe.dashboard.server";

/**
 * The server to talk to: the page's own origin, where the server serves the dashboard. In development another one
 * may be named by `?server=` (remembered for the tab, since the way back from the sign-in page drops it) or by the
 * build's VITE_DAKARCAFE_SERVER.
 */
export function serverUrl(): string {
  const asked = new URLSearchParams(window.location.search).get("server");
  if (asked) {
    window.sessionStorage.setItem(rememberedKey, asked);
  }

  return new URL(window.sessionStorage.getItem(rememberedKey) ?? import.meta.env.VITE_DAKARCAFE_SERVER ?? window.location.origin).origin;
}
