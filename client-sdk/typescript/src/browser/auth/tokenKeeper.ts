import type { AccessToken, AccessTokenProvider } from "./accessToken";

export interface TokenKeeperOptions {
  /** How long before its expiry a token is replaced (at most a third of its lifetime). */
  refreshMarginMs: number;
  /** The pause before trying again when a refresh failed. */
  retryDelayMs: number;
}

/**
 * A client's access token: fetched from its provider when a connection needs one, replaced shortly before it
 * expires (handing the fresh one to the live connection through `handOver`), and renewed when the server refuses it.
 */
export class TokenKeeper {
  private token: AccessToken | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;

  constructor(
    private provider: AccessTokenProvider | null,
    private readonly options: TokenKeeperOptions,
    private readonly handOver: (token: AccessToken | null) => Promise<void>,
  ) {}

  /** The token a new connection presents; a provider that fails (its token server is away) connects anonymously. */
  async current(): Promise<AccessToken | null> {
    this.token ??= this.provider ? await this.provider(false).catch(() => null) : null;
    return this.token;
  }

  /** Switches to `provider` (null to sign out) and resolves with its token. */
  async use(provider: AccessTokenProvider | null): Promise<AccessToken | null> {
    this.provider = provider;
    this.token = provider ? await provider(false) : null;
    return this.token;
  }

  /** The server refused the token (it expired while away): the next connection presents a fresh one. */
  async renew(): Promise<void> {
    this.token = this.provider ? await this.provider(true).catch(() => null) : null;
  }

  /** Schedules the next refresh, shortly before the token expires. */
  scheduleRefresh(): void {
    clearTimeout(this.timer);
    const expiresAt = this.token?.expiresAt;
    if (this.stopped || !this.provider || expiresAt === undefined) {
      return;
    }

    const lifetime = Math.max(expiresAt - Date.now(), 0);
    const margin = Math.min(this.options.refreshMarginMs, lifetime / 3);
    this.timer = setTimeout(() => void this.refresh(), lifetime - margin);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private async refresh(): Promise<void> {
    try {
      this.token = (await this.provider?.(true)) ?? null;
      await this.handOver(this.token);
    } catch {
      // The token server or the connection is away: the reconnect presents a fresh token; try again shortly.
      this.timer = this.stopped ? undefined : setTimeout(() => void this.refresh(), this.options.retryDelayMs);
      return;
    }

    this.scheduleRefresh();
  }
}
