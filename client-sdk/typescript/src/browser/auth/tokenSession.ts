import { DakarCafeError } from "../errors";
import type { AccessToken, AccessTokenProvider } from "./accessToken";

/** Where a signed-in session is kept between visits (`localStorage` on the web; any key-value store on mobile). */
export interface SessionStorage {
  getItem(key: string): string | null | Promise<string | null>;
  setItem(key: string, value: string): void | Promise<void>;
  removeItem(key: string): void | Promise<void>;
}

interface Grant {
  access_token: string;
  refresh_token?: string;
  expires_in: number;
}

/**
 * One OAuth client's session with a DakarCafé server's token endpoint, whatever signed it in (a password grant, an
 * authorization code): it owns the access token and the rotating refresh token that renews it, keeps the refresh
 * token in `storage` when one is given (so a reload stays signed in), and revokes it at sign-out. Uses only `fetch`,
 * so it runs in browsers and React Native alike.
 */
export abstract class TokenSession {
  private current: AccessToken | null = null;
  private refreshToken: string | null = null;
  private pending: Promise<AccessToken | null> | null = null;

  protected constructor(
    protected readonly serverUrl: string,
    protected readonly clientId: string,
    protected readonly storage: SessionStorage | undefined,
    private readonly storageKey: string,
  ) {}

  /** Resumes a kept session, if there is one; null when signed out. */
  async resume(): Promise<AccessToken | null> {
    this.refreshToken ??= (await this.storage?.getItem(this.storageKey)) ?? null;
    return this.refreshToken ? this.tokenProvider(false) : null;
  }

  /** The provider to give a client: the current token, or a fresh one from the refresh token. */
  readonly tokenProvider: AccessTokenProvider = (forceRefresh) => {
    if (this.current && !forceRefresh && (this.current.expiresAt ?? Infinity) > Date.now()) {
      return Promise.resolve(this.current);
    }

    this.pending ??= this.refresh().finally(() => (this.pending = null));
    return this.pending;
  };

  /** Revokes the refresh token and forgets the session. */
  async signOut(): Promise<void> {
    const refresh = this.refreshToken;
    this.current = null;
    this.refreshToken = null;
    await this.storage?.removeItem(this.storageKey);
    if (refresh) {
      await fetch(new URL("/connect/revoke", this.serverUrl), {
        method: "POST",
        body: new URLSearchParams({ client_id: this.clientId, token: refresh, token_type_hint: "refresh_token" }),
      });
    }
  }

  get isSignedIn(): boolean {
    return this.current !== null;
  }

  /** Asks the token endpoint for a grant (the client id added) and keeps its tokens; null when the server refused it. */
  protected async signInWith(form: Record<string, string>): Promise<AccessToken | null> {
    const granted = await this.grant(form);
    return granted ? this.keep(granted) : null;
  }

  private async keep(granted: Grant): Promise<AccessToken> {
    this.refreshToken = granted.refresh_token ?? this.refreshToken;
    if (this.refreshToken) {
      await this.storage?.setItem(this.storageKey, this.refreshToken);
    }

    this.current = { value: granted.access_token, expiresAt: Date.now() + granted.expires_in * 1000 };
    return this.current;
  }

  /** The grant's tokens, or null when the token server refused it. */
  private async grant(form: Record<string, string>): Promise<Grant | null> {
    const response = await fetch(new URL("/connect/token", this.serverUrl), {
      method: "POST",
      body: new URLSearchParams({ ...form, client_id: this.clientId }),
    });
    if (response.status === 400 || response.status === 401 || response.status === 403) {
      return null;
    }

    if (!response.ok) {
      throw new DakarCafeError({ code: "AUTH_UNAVAILABLE", message: `The token server answered ${response.status}.` });
    }

    return (await response.json()) as Grant;
  }

  private async refresh(): Promise<AccessToken | null> {
    if (!this.refreshToken) {
      return null;
    }

    const refreshed = await this.signInWith({ grant_type: "refresh_token", refresh_token: this.refreshToken });
    if (!refreshed) {
      await this.signOut();
    }

    return refreshed;
  }
}
