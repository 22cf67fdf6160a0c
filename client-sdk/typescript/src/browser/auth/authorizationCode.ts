import { DakarCafeError } from "../errors";
import type { AccessToken } from "./accessToken";
import { codeChallenge, randomSecret } from "./pkce";
import { TokenSession, type SessionStorage } from "./tokenSession";

export interface AuthorizationCodeSessionOptions {
  /** The server's base address, such as http://127.0.0.1:5080 (its `/connect` endpoints and sign-in page). */
  server: string;
  /** The OAuth client the server knows this app as (a public client with the authorization code flow and PKCE). */
  clientId: string;
  /** Where the server sends the browser back with the code: one of the client's registered redirect URIs, exactly. */
  redirectUri: string;
  /** The scopes asked for; "offline_access email roles" by default (`offline_access` brings the refresh token). */
  scope?: string;
  /**
   * Keeps the sign-in in progress (its PKCE verifier and state) across the trip to the server's sign-in page, and the
   * refresh token across reloads: `sessionStorage` or `localStorage` in a browser. In memory by default.
   */
  storage?: SessionStorage;
  /** Opens the server's authorization URL: `location.assign` by default. */
  navigate?: (url: string) => void;
}

/** The sign-in this app started, kept until the server sends the browser back. */
interface PendingSignIn {
  state: string;
  verifier: string;
}

/**
 * A session signed in through the server's own sign-in page: the OAuth 2.0 authorization code flow with PKCE (S256),
 * for apps that never see the user's password (the admin dashboard, third-party apps). `signIn()` sends the browser
 * to the server; the page the server sends it back to calls `completeSignIn(location.href)` once, before rendering,
 * which exchanges the code for tokens. From there it is like a `PasswordSession`: `tokenProvider` for the client,
 * `resume()` after a reload, `signOut()` to revoke.
 */
export class AuthorizationCodeSession extends TokenSession {
  private readonly redirectUri: string;
  private readonly scope: string;
  private readonly navigate: (url: string) => void;
  private readonly pendingKey: string;

  constructor(options: AuthorizationCodeSessionOptions) {
    super(options.server, options.clientId, options.storage ?? inMemory(), `dakarcafe.${options.clientId}.refreshToken`);
    this.redirectUri = options.redirectUri;
    this.scope = options.scope ?? "offline_access email roles";
    this.navigate = options.navigate ?? ((url) => globalThis.location.assign(url));
    this.pendingKey = `dakarcafe.${options.clientId}.signIn`;
  }

  /**
   * Starts a sign-in: keeps a new verifier and state, then sends the browser to the server's authorization endpoint.
   * `prompt` is OpenID Connect's (`login` asks the server to show its sign-in page even to a browser it knows).
   */
  async signIn(options: { prompt?: string } = {}): Promise<void> {
    const pending: PendingSignIn = { state: randomSecret(), verifier: randomSecret() };
    await this.storage?.setItem(this.pendingKey, JSON.stringify(pending));
    const authorize = new URL("/connect/authorize", this.serverUrl);
    authorize.search = new URLSearchParams({
      client_id: this.clientId,
      redirect_uri: this.redirectUri,
      response_type: "code",
      scope: this.scope,
      state: pending.state,
      code_challenge: await codeChallenge(pending.verifier),
      code_challenge_method: "S256",
      ...(options.prompt ? { prompt: options.prompt } : {}),
    }).toString();
    this.navigate(authorize.toString());
  }

  /**
   * Finishes the sign-in the server answered at `url` (the redirect URI with `?code=&state=`, or `?error=`): checks
   * that it answers the sign-in this app started, then exchanges the code for tokens. Throws `AUTH_REQUIRED` when the
   * server refused the sign-in, when the state is not the one kept (an answer to another sign-in, or forged), and
   * when the code is refused; the started sign-in is forgotten either way, so call it once per answer.
   */
  async completeSignIn(url: string | URL): Promise<AccessToken> {
    const answer = new URL(url).searchParams;
    const kept = await this.storage?.getItem(this.pendingKey);
    await this.storage?.removeItem(this.pendingKey);
    const pending = kept ? (JSON.parse(kept) as PendingSignIn) : null;
    const code = answer.get("code");
    if (answer.has("error")) {
      throw refused(`The server refused the sign-in (${answer.get("error")}).`);
    }

    if (!pending || !code || answer.get("state") !== pending.state) {
      throw refused("This sign-in answer is not for the sign-in this app started.");
    }

    const token = await this.signInWith({
      grant_type: "authorization_code",
      code,
      redirect_uri: this.redirectUri,
      code_verifier: pending.verifier,
    });
    if (!token) {
      throw refused("The server refused the sign-in code.");
    }

    return token;
  }
}

function refused(message: string): DakarCafeError {
  return new DakarCafeError({ code: "AUTH_REQUIRED", message });
}

function inMemory(): SessionStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}
