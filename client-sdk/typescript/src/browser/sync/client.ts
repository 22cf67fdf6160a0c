import { HubConnectionBuilder, HubConnectionState, LogLevel, type HubConnection } from "@microsoft/signalr";
import { MessagePackHubProtocol } from "@microsoft/signalr-protocol-msgpack";
import type { AccessToken, AccessTokenProvider } from "../auth/accessToken";
import { DakarCafeError } from "../errors";
import type { ActionReference, MutationReference, QueryReference } from "../functionReference";
import { nextDelay } from "./backoff";
import { LocalStore, type OptimisticUpdate, type QueryEntry, type StoreChange } from "./localStore";
import {
  decodeJson,
  ErrorCodes,
  hubMethods,
  hubPath,
  QueryChangeKind,
  type AuthenticateResponse,
  type ConnectResponse,
  type ErrorInfo,
  type FunctionCall,
  type QueryChange,
  type FunctionResult,
  type Transition,
} from "./protocol";

export interface DakarCafeClientOptions {
  /** The server's base address, such as http://127.0.0.1:5080. */
  url: string;
  /** Where access tokens come from; none connects anonymously. */
  tokenProvider?: AccessTokenProvider | null;
  /** Kept across reconnects so a resent mutation is applied once; a fresh one by default. */
  sessionId?: string;
  /** MessagePack (the default) or JSON on the wire. */
  protocol?: "messagepack" | "json";
  /** The first delay before reconnecting; it doubles, jittered, up to `maxReconnectDelayMs`. */
  reconnectDelayMs?: number;
  maxReconnectDelayMs?: number;
  /** How long before its expiry a token is replaced (at most a third of its lifetime). */
  tokenRefreshMarginMs?: number;
  /** SignalR's own log level; warnings by default. */
  logLevel?: LogLevel;
}

/** One result of a live query: its value, or the error the query answered. */
export interface QueryResult<Result> {
  value: Result | undefined;
  error: DakarCafeError | undefined;
}

/** A live query on the client: read its current result, stop it when done. */
export interface Watch<Result> {
  current(): QueryResult<Result> | undefined;
  unsubscribe(): void;
}

export interface MutationOptions {
  /** Changes the local values at once; they give way to the server's when the mutation's commit arrives, or roll back on failure. */
  optimisticUpdate?: OptimisticUpdate;
}

interface PendingMutation {
  call: FunctionCall;
  optimistic: boolean;
  resolve: (result: FunctionResult) => void;
  /** How many times the server answered OVERLOADED (it wrote nothing): the call is sent again after its retryAfterMs. */
  refusals: number;
}

/** Resends of a mutation the server refused as OVERLOADED before the refusal is the answer. */
const maxOverloadedResends = 20;

function closedError(): ErrorInfo {
  return { code: ErrorCodes.clientClosed, message: "The client was closed before this call was answered." };
}

/** The wait an OVERLOADED refusal asks for (its data's `retryAfterMs`, within 1 ms and a minute, as the C# SDK reads it), 250 ms when it names none. */
function retryAfterMs(error: ErrorInfo): number {
  const data = error.data ? (JSON.parse(error.data) as { retryAfterMs?: unknown }) : {};
  return typeof data.retryAfterMs === "number" ? Math.min(Math.max(data.retryAfterMs, 1), 60_000) : 250;
}

type Listener = () => void;

/**
 * A connection to a DakarCafé server: typed queries, mutations (with optimistic updates) and actions, and live
 * queries kept in one local store that moves a whole transition at a time, so every query shows the same version.
 * A mutation resolves only once the store reflects it. The connection comes back by itself with jittered backoff,
 * resubscribing (announcing the hashes held) and resending unconfirmed mutations under their request ids, which the
 * server applies once; the access token is replaced on the live connection before it expires. No Node-only API is
 * used: it runs in browsers and React Native.
 */
export class DakarCafeClient {
  private readonly hub: HubConnection;
  private readonly store = new LocalStore();
  private readonly listeners = new Map<number, Set<Listener>>();
  private readonly transitionListeners = new Set<(version: number) => void>();
  private readonly pending = new Map<number, PendingMutation>();
  private readonly sessionId: string;
  private tokenProvider: AccessTokenProvider | null;
  private token: AccessToken | null = null;
  private nextRequestId = 0;
  private started: Promise<void> | null = null;
  private reconnecting = false;
  /** True once the current connection has resubscribed: new queries and mutations are sent at once, not left to the resume. */
  private ready = false;
  private closed = false;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: DakarCafeClientOptions) {
    this.sessionId = options.sessionId ?? randomId();
    this.tokenProvider = options.tokenProvider ?? null;
    const builder = new HubConnectionBuilder()
      .withUrl(new URL(hubPath, options.url).toString(), {
        accessTokenFactory: async () => (await this.currentToken())?.value ?? "",
      })
      .configureLogging(options.logLevel ?? LogLevel.Warning);
    this.hub = (options.protocol === "json" ? builder : builder.withHubProtocol(new MessagePackHubProtocol())).build();
    this.hub.on(hubMethods.transition, (transition: Transition) => this.applyTransition(transition));
    this.hub.on(hubMethods.protocolError, (error: ErrorInfo) => console.warn(`DakarCafé protocol error: ${error.code} ${error.message}`));
    this.hub.onclose(() => {
      this.ready = false;
      void this.reconnect();
    });
  }

  /** The highest version the local store has reached. */
  get version(): number {
    return this.store.version;
  }

  get isConnected(): boolean {
    return this.hub.state === HubConnectionState.Connected;
  }

  /** Opens the connection (once; later calls wait for the same start). */
  connect(): Promise<void> {
    this.started ??= this.start();
    return this.started;
  }

  /** Runs a query once, at the newest version. */
  async query<Args, Result>(query: QueryReference<Args, Result>, args: Args): Promise<Result> {
    this.throwIfClosed();
    await this.connect();
    return read<Result>(await this.hub.invoke<FunctionResult>(hubMethods.query, this.call(query.name, args)));
  }

  /** Runs an action (it may call the outside world; it is never resent). */
  async action<Args, Result>(action: ActionReference<Args, Result>, args: Args): Promise<Result> {
    this.throwIfClosed();
    await this.connect();
    return read<Result>(await this.hub.invoke<FunctionResult>(hubMethods.action, this.call(action.name, args)));
  }

  /**
   * Runs a mutation and resolves once the local store reflects it. If the connection drops first, it is resent after
   * the reconnect under the same request id, so the server applies it once.
   */
  async mutation<Args, Result>(mutation: MutationReference<Args, Result>, args: Args, options?: MutationOptions): Promise<Result> {
    this.throwIfClosed();
    const call = this.call(mutation.name, args);
    const answered = new Promise<FunctionResult>((resolve) =>
      this.pending.set(call.requestId, { call, optimistic: !!options?.optimisticUpdate, resolve, refusals: 0 }),
    );
    if (options?.optimisticUpdate) {
      this.announce(this.store.addLayer(call.requestId, options.optimisticUpdate));
    }

    this.sendOrConnect(() => this.send(call.requestId));
    const result = await answered;
    if (result.error) {
      throw new DakarCafeError(result.error);
    }

    await this.store.waitForVersion(result.version);
    return decodeJson(result.value) as Result;
  }

  /** Follows a query live: `onChange` is called with each new result; identical queries share one server subscription. */
  watch<Args, Result>(query: QueryReference<Args, Result>, args: Args, onChange: Listener): Watch<Result> {
    const { entry, isNew } = this.store.acquire(query.name, args);
    const listeners = this.listeners.get(entry.queryId) ?? new Set<Listener>();
    this.listeners.set(entry.queryId, listeners);
    listeners.add(onChange);
    if (isNew) {
      this.sendOrConnect(() => void this.modify([LocalStore.addChange(entry)]));
    }

    let active = true;
    let shown: { value: unknown; error: unknown; result: QueryResult<Result> | undefined } | undefined;
    return {
      // The same object until the result changes, so that React's useSyncExternalStore sees a stable snapshot.
      current: () => {
        if (!shown || shown.value !== entry.value || shown.error !== entry.error) {
          shown = { value: entry.value, error: entry.error, result: resultOf<Result>(entry) };
        }

        return shown.result;
      },
      unsubscribe: () => {
        if (!active) {
          return;
        }

        active = false;
        listeners.delete(onChange);
        if (this.store.release(entry)) {
          this.listeners.delete(entry.queryId);
          void this.modify([{ kind: QueryChangeKind.remove, queryId: entry.queryId }]);
        }
      },
    };
  }

  /** Listens for each transition applied, with the version the whole store is now at. */
  onTransition(listener: (version: number) => void): () => void {
    this.transitionListeners.add(listener);
    return () => this.transitionListeners.delete(listener);
  }

  /** Signs in (a provider) or out (null) on the live connection, without dropping its subscriptions; resolves with the user id. */
  async setAuth(provider: AccessTokenProvider | null): Promise<string | null> {
    this.tokenProvider = provider;
    this.token = provider ? await provider(false) : null;
    await this.connect();
    const userId = await this.sendToken(this.token);
    this.scheduleRefresh();
    return userId;
  }

  /**
   * Closes the connection for good. Every call still waiting is settled at once with `CLIENT_CLOSED` (a mutation
   * that was sent may or may not have been applied), and every later call fails with it.
   */
  async close(): Promise<void> {
    this.closed = true;
    this.ready = false;
    clearTimeout(this.refreshTimer);
    const error = closedError();
    for (const [requestId, pending] of this.pending) {
      if (pending.optimistic) {
        this.announce(this.store.settleLayer(requestId, undefined));
      }

      pending.resolve({ requestId, version: 0, error });
    }

    this.pending.clear();
    this.store.abandonWaiters(new DakarCafeError(error));
    await this.hub.stop();
  }

  private throwIfClosed(): void {
    if (this.closed) {
      throw new DakarCafeError(closedError());
    }
  }

  private async start(): Promise<void> {
    await this.hub.start();
    await this.resume();
    this.scheduleRefresh();
  }

  /** The server knows nothing of a new connection: announce the session, resubscribe, resend what is unconfirmed. */
  private async resume(): Promise<void> {
    const response = await this.hub.invoke<ConnectResponse>(hubMethods.connect, {
      sessionId: this.sessionId,
      maxObservedVersion: this.store.version,
    });
    if (response.error) {
      throw new DakarCafeError(response.error);
    }

    // From here on nothing awaits until all is sent, so a query or mutation is sent either here or by its caller, never both.
    const resubscribe = this.store.restart();
    this.ready = true;
    const resubscribed = resubscribe.length > 0 ? this.hub.send(hubMethods.modifyQuerySet, { changes: resubscribe }) : Promise.resolve();
    for (const requestId of this.pending.keys()) {
      this.send(requestId);
    }

    await resubscribed;
  }

  /** However the connection was lost, one loop brings it back, with jittered exponential delays. */
  private async reconnect(): Promise<void> {
    if (this.closed || this.reconnecting) {
      return;
    }

    this.reconnecting = true;
    try {
      for (let attempt = 0; !this.closed; attempt++) {
        await sleep(nextDelay(attempt, this.options.reconnectDelayMs ?? 200, this.options.maxReconnectDelayMs ?? 10_000));
        try {
          if (this.hub.state === HubConnectionState.Disconnected) {
            await this.hub.start();
          }

          await this.resume();
          return;
        } catch (error) {
          if (isUnauthorized(error) && this.tokenProvider) {
            // The token expired while we were away: the next attempt presents a fresh one.
            this.token = await this.tokenProvider(true).catch(() => null);
          }
        }
      }
    } finally {
      this.reconnecting = false;
    }
  }

  /** Sends now when connected; otherwise the connection's resume sends it (it resubscribes and resends everything pending). */
  private sendOrConnect(send: () => void): void {
    if (this.ready) {
      send();
    } else {
      this.connect().catch(() => {
        // The reconnect loop takes over when the first start fails.
      });
    }
  }

  private send(requestId: number): void {
    const pending = this.pending.get(requestId);
    if (!pending || this.hub.state !== HubConnectionState.Connected) {
      return;
    }

    this.hub.invoke<FunctionResult>(hubMethods.mutation, pending.call).then(
      (result) => {
        if (result.error?.code === ErrorCodes.overloaded && pending.refusals < maxOverloadedResends) {
          // Refused before anything was written: the same request goes again once the server has room.
          pending.refusals++;
          setTimeout(() => this.send(requestId), retryAfterMs(result.error));
          return;
        }

        this.pending.delete(requestId);
        if (pending.optimistic) {
          this.announce(this.store.settleLayer(requestId, result.error ? undefined : result.version));
        }

        pending.resolve(result);
      },
      () => {
        // The connection went away before the answer; the reconnect resends the call.
      },
    );
  }

  private async modify(changes: QueryChange[]): Promise<void> {
    if (this.hub.state === HubConnectionState.Connected) {
      await this.hub.send(hubMethods.modifyQuerySet, { changes });
    }
  }

  private applyTransition(transition: Transition): void {
    const change = this.store.applyTransition(transition);
    if (!change.inSequence) {
      console.warn(`DakarCafé: a transition started at ${transition.startVersion}, not where the previous one ended.`);
    }

    this.announce(change);
  }

  /** Subscribers see their new values, then transition listeners hear of the version, then those waiting for it are released. */
  private announce(change: StoreChange): void {
    for (const entry of change.changed) {
      for (const listener of [...(this.listeners.get(entry.queryId) ?? [])]) {
        listener();
      }
    }

    if (change.reachedVersion === undefined) {
      return;
    }

    const released = this.store.announce(change.reachedVersion);
    for (const listener of [...this.transitionListeners]) {
      listener(change.reachedVersion);
    }

    for (const resolve of released) {
      resolve();
    }
  }

  private async currentToken(): Promise<AccessToken | null> {
    this.token ??= this.tokenProvider ? await this.tokenProvider(false) : null;
    return this.token;
  }

  private async sendToken(token: AccessToken | null): Promise<string | null> {
    const response = await this.hub.invoke<AuthenticateResponse>(hubMethods.authenticate, { accessToken: token?.value ?? null });
    if (response.error) {
      throw new DakarCafeError(response.error);
    }

    return response.userId ?? null;
  }

  /** Shortly before the token expires, a new one is fetched and handed to the live connection. */
  private scheduleRefresh(): void {
    clearTimeout(this.refreshTimer);
    const expiresAt = this.token?.expiresAt;
    if (this.closed || !this.tokenProvider || expiresAt === undefined) {
      return;
    }

    const lifetime = Math.max(expiresAt - Date.now(), 0);
    const margin = Math.min(this.options.tokenRefreshMarginMs ?? 60_000, lifetime / 3);
    this.refreshTimer = setTimeout(() => void this.refreshToken(), lifetime - margin);
  }

  private async refreshToken(): Promise<void> {
    try {
      this.token = (await this.tokenProvider?.(true)) ?? null;
      if (this.isConnected) {
        await this.sendToken(this.token);
      }
    } catch {
      // The token server or the connection is away: the reconnect presents a fresh token; try again shortly.
      this.refreshTimer = setTimeout(() => void this.refreshToken(), this.options.reconnectDelayMs ?? 1_000);
      return;
    }

    this.scheduleRefresh();
  }

  private call(name: string, args: unknown): FunctionCall {
    return { requestId: ++this.nextRequestId, function: name, args: JSON.stringify(args) };
  }
}

function read<Result>(result: FunctionResult): Result {
  if (result.error) {
    throw new DakarCafeError(result.error);
  }

  return decodeJson(result.value) as Result;
}

function resultOf<Result>(entry: QueryEntry): QueryResult<Result> | undefined {
  if (entry.error) {
    return { value: undefined, error: new DakarCafeError(entry.error) };
  }

  return entry.value === undefined ? undefined : { value: entry.value as Result, error: undefined };
}

function isUnauthorized(error: unknown): boolean {
  return typeof error === "object" && error !== null && "statusCode" in error && (error as { statusCode: number }).statusCode === 401;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function randomId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
