import { DakarCafeError } from "../errors";
import type { ErrorInfo } from "../sync/protocol";
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

const appClientId = "dakarcafe-app";

/**
 * A session with a DakarCafé server's token endpoint: the password grant of the first-party app client, then the
 * rotating refresh token for every new access token. The refresh token is kept in `storage` when one is given, so
 * a reload stays signed in. Uses only `fetch`, so it runs in browsers and React Native alike.
 */
export class PasswordSession {
  private current: AccessToken | null = null;
  private refreshToken: string | null = null;
  private pending: Promise<AccessToken | null> | null = null;

  constructor(
    private readonly serverUrl: string,
    private readonly storage?: SessionStorage,
    private readonly storageKey = "dakarcafe.refreshToken",
  ) {}

  /** Signs in; throws `AUTH_REQUIRED` when the email or password is refused. */
  async signIn(email: string, password: string): Promise<AccessToken> {
    const granted = await this.grant({ grant_type: "password", username: email, password, scope: "offline_access email roles" });
    if (!granted) {
      throw new DakarCafeError({ code: "AUTH_REQUIRED", message: "The email or password was refused." });
    }

    return this.keep(granted);
  }

  /**
   * Makes an account on the server (with its default role), then signs it in. Throws the server's refusal as a
   * `DakarCafeError`: `VALIDATION_ERROR` whose `data.field` names the field (`name`, `email`, `password`),
   * `EMAIL_TAKEN`, `RATE_LIMITED`, or `UNAVAILABLE` while its database is away.
   */
  async signUp(account: { name: string; email: string; password: string }): Promise<AccessToken> {
    const response = await fetch(new URL("/auth/sign-up", this.serverUrl), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(account),
    });
    if (!response.ok) {
      throw await refusal(response);
    }

    return this.signIn(account.email, account.password);
  }

  /** Resumes a kept session, if there is one; null when signed out. */
  async resume(): Promise<AccessToken | null> {
    this.refreshToken ??= (await this.storage?.getItem(this.storageKey)) ?? null;
    return this.refreshToken ? this.tokenProvider(true) : null;
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
        body: new URLSearchParams({ client_id: appClientId, token: refresh, token_type_hint: "refresh_token" }),
      });
    }
  }

  get isSignedIn(): boolean {
    return this.current !== null;
  }

  private async refresh(): Promise<AccessToken | null> {
    if (!this.refreshToken) {
      return null;
    }

    const granted = await this.grant({ grant_type: "refresh_token", refresh_token: this.refreshToken });
    if (!granted) {
      await this.signOut();
      return null;
    }

    return this.keep(granted);
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
      body: new URLSearchParams({ ...form, client_id: appClientId }),
    });
    if (response.status === 400 || response.status === 401 || response.status === 403) {
      return null;
    }

    if (!response.ok) {
      throw new DakarCafeError({ code: "AUTH_UNAVAILABLE", message: `The token server answered ${response.status}.` });
    }

    return (await response.json()) as Grant;
  }
}

/** The error a refused account request answered with (the server's `ErrorInfo` as JSON), or one naming its status. */
async function refusal(response: Response): Promise<DakarCafeError> {
  const body = (await response.json().catch(() => null)) as Partial<ErrorInfo> | null;
  return typeof body?.code === "string" && typeof body.message === "string"
    ? new DakarCafeError({ code: body.code, message: body.message, data: body.data ?? null, correlationId: body.correlationId ?? null })
    : new DakarCafeError({ code: "AUTH_UNAVAILABLE", message: `The account server answered ${response.status}.` });
}
