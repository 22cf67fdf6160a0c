/**
 * A browser signing in on a DakarCafé server's own page, by hand: it follows the authorization URL's redirects one at
 * a time (keeping the server's cookies), posts the sign-in form as the page shows it, and stops at the redirect to
 * the app, whose URL (`?code=&state=`) it returns.
 */
export async function signInOnServerPage(authorizeUrl: string, email: string, password: string): Promise<string> {
  const browser = new CookieBrowser();
  const toSignIn = await browser.expectRedirect(authorizeUrl, "the authorization endpoint sends an unknown browser to the sign-in page");
  const page = await browser.request(toSignIn);
  const returnUrl = hiddenField(await page.text(), "returnUrl");
  const signedIn = await browser.expectRedirect(new URL("/auth/sign-in", authorizeUrl).toString(), "a good password leads back to authorize", {
    method: "POST",
    body: new URLSearchParams({ email, password, returnUrl }),
  });
  return browser.expectRedirect(signedIn, "authorize sends the signed-in browser back to the app");
}

class CookieBrowser {
  private readonly cookies = new Map<string, string>();

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    const response = await fetch(url, { ...init, redirect: "manual", headers: cookie ? { cookie } : {} });
    for (const set of response.headers.getSetCookie()) {
      const pair = set.split(";")[0]!;
      const equals = pair.indexOf("=");
      this.cookies.set(pair.slice(0, equals).trim(), pair.slice(equals + 1));
    }

    return response;
  }

  /** Requests `url` and answers where its redirect leads (absolute), failing with `what` when it does not redirect. */
  async expectRedirect(url: string, what: string, init?: RequestInit): Promise<string> {
    const response = await this.request(url, init);
    const location = response.headers.get("location");
    if (response.status !== 302 || !location) {
      throw new Error(`Expected ${what}, got ${response.status}: ${(await response.text()).slice(0, 500)}`);
    }

    return new URL(location, url).toString();
  }
}

/** The value of a hidden input of an HTML form (HTML-encoded by the server). */
function hiddenField(html: string, name: string): string {
  const value = new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1];
  if (value === undefined) {
    throw new Error(`The page has no field ${name}:\n${html}`);
  }

  return value
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replaceAll("&quot;", '"')
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");
}
