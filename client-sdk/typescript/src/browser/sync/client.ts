import { HttpTransportType, HubConnectionBuilder, HubConnectionState, LogLevel, type HubConnection } from "@microsoft/signalr";
import { MessagePackHubProtocol } from "@microsoft/signalr-protocol-msgpack";
import type { AccessToken, AccessTokenProvider } from "../auth/accessToken";
import { TokenKeeper } from "../auth/tokenKeeper";
import { DakarCafeError } from "../errors";
import type { ActionReference, MutationReference, QueryReference } from "../functionReference";
import { sleep } from "./backoff";
import { clientError, clientErrorInfo, closedError, closedErrorInfo, Connection, maxTimerMs, type ConnectionState } from "./connection";
import { LocalStore, type OptimisticUpdate, type QueryEntry, type StoreChange } from "./localStore";
import { PendingMutations, retryAfterMs } from "./pendingMutations";
import { handshakeLimited, webSocketFor, type WebSocketConstructor } from "./webSocket";
import { ErrorCodes } from "../errorCodes";
import {
  decodeJson,
  isRetryable,
  hubMethods,
  hubPath,
  QueryChangeKind,
  type AuthenticateResponse,
  type ConnectResponse,
  QueryModificationKind,
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
  /** How long a call waits for the connection and its answer before failing with `TIMEOUT`; 30 s by default. */
  callTimeoutMs?: number;
  /**
   * How long the client waits hearing nothing from the server (which pings every 15 s) before it takes the
   * connection as lost and reconnects: a network gone silent, without a FIN or RST, is noticed within it. 30 s by default.
   */
  serverTimeoutMs?: number;
  /** How long one connection attempt (handshake and resume) may take before it is abandoned for the next; 15 s by default. */
  connectTimeoutMs?: number;
  /** SignalR's own log level (`LogLevel`, exported by this package); warnings by default. */
  logLevel?: LogLevel;
  /**
   * The WebSocket implementation; the platform's by default (browsers, React Native). On Node.js, pass the `ws`
   * package's (`import WebSocket from "ws"`) for the connect timeout to cover the WebSocket handshake too.
   */
  webSocket?: WebSocketConstructor;
}

export interface CallOptions {
  /** This call's timeout instead of the client's `callTimeoutMs`. */
  timeoutMs?: number;
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

export interface MutationOptions extends CallOptions {
  /** Changes the local values at once; they give way to the server's when the mutation's commit arrives, or roll back on failure. */
  optimisticUpdate?: OptimisticUpdate;
  /**
   * Sends the call under a request id it had before: a mutation that failed with `TIMEOUT` (its `data.requestId`) is
   * answered from its receipt if it was applied, and applied now if not. Only for the same call on the same client.
   */
  requestId?: number;
}

type Listener = () => void;

/** The default of `callTimeoutMs`. */
const defaultCallTimeoutMs = 30_000;

/** The default of `connectTimeoutMs`. */
const defaultConnectTimeoutMs = 15_000;

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
  private readonly pending: PendingMutations;
  /** The request ids of pending mutations with an optimistic update in the store. */
  private readonly optimistic = new Set<number>();
  private readonly sessionId: string;
  private readonly connection: Connection;
  private readonly tokens: TokenKeeper;
  private nextRequestId = 0;
  /** True once the current connection has resubscribed: new queries and mutations are sent at once, not left to the resume. */
  private ready = false;
  /** How many times a connection resumed: a send held across a resume was made by it. */
  private resumes = 0;
  /**
   * Set while `setAuth` settles its provider: sent before the token, live queries and calls would run as anonymous
   * (and a signed-in page show AUTH_REQUIRED), so they wait for it.
   */
  private authSettling: Promise<void> | null = null;
  private readonly held: { resumes: number; send: () => void }[] = [];
  private closed = false;

  /**
   * For an app's own tests of its offline behaviour: `dropConnection()` cuts the connection as a network loss would
   * (it comes back by itself); `goOffline()` keeps every attempt failing until `goOnline()`.
   */
  readonly testing = {
    dropConnection: (): Promise<void> => this.connection.drop(),
    goOffline: async (): Promise<void> => {
      this.connection.setOffline(true);
      await this.connection.drop();
    },
    goOnline: (): void => this.connection.setOffline(false),
  };

  constructor(private readonly options: DakarCafeClientOptions) {
    this.sessionId = options.sessionId ?? randomId();
    this.tokens = new TokenKeeper(
      options.tokenProvider ?? null,
      { refreshMarginMs: options.tokenRefreshMarginMs ?? 60_000, retryDelayMs: options.reconnectDelayMs ?? 1_000 },
      async (token) => {
        if (this.isConnected) {
          await this.sendToken(token);
        }
      },
    );
    const connectTimeoutMs = options.connectTimeoutMs ?? defaultConnectTimeoutMs;
    const webSocket = webSocketFor(options.webSocket);
    const builder = new HubConnectionBuilder()
      .withUrl(new URL(hubPath, options.url).toString(), {
        accessTokenFactory: async () => (await this.tokens.current())?.value ?? "",
        // One WebSocket request, no negotiation round trip: behind a proxy that spreads requests over several nodes
        // (no sticky sessions), the node that takes the socket is the connection's only node.
        skipNegotiation: true,
        transport: HttpTransportType.WebSockets,
        ...(webSocket ? { WebSocket: handshakeLimited(webSocket, connectTimeoutMs) } : {}),
        // A handshake request unanswered (a network swallowing it) gives up with the attempt, not after SignalR's 100 s.
        timeout: connectTimeoutMs,
      })
      .configureLogging(options.logLevel ?? LogLevel.Warning);
    this.hub = (options.protocol === "json" ? builder : builder.withHubProtocol(new MessagePackHubProtocol())).build();
    this.hub.serverTimeoutInMilliseconds = options.serverTimeoutMs ?? 30_000;
    this.hub.on(hubMethods.transition, (transition: Transition) => this.applyTransition(transition));
    this.pending = new PendingMutations(this.hub, (requestId, result) => {
      if (this.optimistic.delete(requestId)) {
        this.announce(this.store.settleLayer(requestId, result.error ? undefined : result.version));
      }
    });
    this.hub.on(hubMethods.protocolError, (error: ErrorInfo) => console.warn(`DakarCafé protocol error: ${error.code} ${error.message}`));
    this.connection = new Connection(
      this.hub,
      {
        reconnectDelayMs: options.reconnectDelayMs ?? 200,
        maxReconnectDelayMs: options.maxReconnectDelayMs ?? 10_000,
        connectTimeoutMs,
      },
      {
        resume: () => this.resume(),
        lost: () => {
          this.ready = false;
        },
        refreshToken: () => this.tokens.renew(),
        connected: () => this.tokens.scheduleRefresh(),
      },
    );
  }

  /** The highest version the local store has reached. */
  get version(): number {
    return this.store.version;
  }

  get isConnected(): boolean {
    return this.connection.state.kind === "connected";
  }

  /** Where the connection stands (see `ConnectionState`); the same object until it changes. */
  get connectionState(): ConnectionState {
    return this.connection.state;
  }

  /** Calls `listener` with each new connection state; returns the function that stops it. */
  onConnectionStateChange(listener: (state: ConnectionState) => void): () => void {
    return this.connection.onStateChange(listener);
  }

  /**
   * Starts the connection if it has not started, and resolves once connected. A failed attempt is followed by others
   * with jittered backoff, as after a drop; this waits for them up to the call timeout (`TIMEOUT`), and they go on.
   */
  connect(options?: CallOptions): Promise<void> {
    return this.connection.whenConnected(this.timeoutOf(options), "connect");
  }

  /**
   * Runs a query once, at the newest version. While the client is not connected it waits for the connection, and a
   * query whose connection is lost before its answer (or answered `UNAVAILABLE`) is asked again, up to its timeout (`TIMEOUT`).
   */
  async query<Args, Result>(query: QueryReference<Args, Result>, args: Args, options?: CallOptions): Promise<Result> {
    this.throwIfClosed();
    const deadline = Date.now() + this.timeoutOf(options);
    const call = this.call(query.name, args);
    await this.afterAuth(deadline);
    for (;;) {
      await this.connection.whenConnected(deadline - Date.now(), `query ${query.name}`);
      const answer = await this.invokeBefore(hubMethods.query, call, deadline, `query ${query.name}`);
      if (answer?.error?.code === ErrorCodes.unavailable && Date.now() + retryAfterMs(answer.error) < deadline) {
        // The database is away for a moment: asked again after the wait it names, within the query's timeout.
        await sleep(retryAfterMs(answer.error));
        continue;
      }

      if (answer) {
        return read<Result>(answer);
      }

      // Lost before the answer: a query changes nothing, so it is asked again once connected.
      await sleep(Math.min(50, Math.max(deadline - Date.now(), 0)));
    }
  }

  /**
   * Runs an action (it may call the outside world). It waits for the connection like a query, but once sent it is
   * never sent again: a connection lost before its answer fails it with `DISCONNECTED` (it may or may not have run).
   */
  async action<Args, Result>(action: ActionReference<Args, Result>, args: Args, options?: CallOptions): Promise<Result> {
    this.throwIfClosed();
    const deadline = Date.now() + this.timeoutOf(options);
    const call = this.call(action.name, args);
    await this.afterAuth(deadline);
    await this.connection.whenConnected(deadline - Date.now(), `action ${action.name}`);
    const answer = await this.invokeBefore(hubMethods.action, call, deadline, `action ${action.name}`);
    if (!answer) {
      throw clientError(ErrorCodes.disconnected, `The connection was lost before action ${action.name} answered; it may or may not have run.`);
    }

    return read<Result>(answer);
  }

  /**
   * Runs a mutation and resolves once the local store reflects it. While disconnected it waits in order with the
   * others; if the connection drops before the answer, it is resent after the reconnect under the same request id,
   * so the server applies it once. Without an answer within its timeout it fails with `TIMEOUT` (its optimistic
   * update rolled back); it may still have been applied: `options.requestId` resends it to learn its outcome.
   */
  async mutation<Args, Result>(mutation: MutationReference<Args, Result>, args: Args, options?: MutationOptions): Promise<Result> {
    this.throwIfClosed();
    const call = this.call(mutation.name, args, options?.requestId);
    if (this.pending.has(call.requestId)) {
      throw new Error(`Mutation ${call.requestId} is still waiting for its answer.`);
    }

    const answered = this.pending.add(call);
    if (options?.optimisticUpdate) {
      this.optimistic.add(call.requestId);
      this.announce(this.store.addLayer(call.requestId, options.optimisticUpdate));
    }

    const timeoutMs = this.timeoutOf(options);
    const timer = setTimeout(
      () => this.pending.fail(call.requestId, timedOut(mutation.name, timeoutMs, call.requestId)),
      Math.min(timeoutMs, maxTimerMs),
    );
    this.sendOrConnect(() => this.pending.send(call.requestId));
    const result = await answered;
    clearTimeout(timer);
    if (result.error) {
      throw new DakarCafeError(result.error);
    }

    await this.store.waitForVersion(result.version);
    return decodeJson(result.value) as Result;
  }

  /**
   * Follows a query live: `onChange` is called with each new result (as `current()` returns it); identical queries
   * share one server subscription.
   */
  watch<Args, Result>(query: QueryReference<Args, Result>, args: Args, onChange: (result: QueryResult<Result> | undefined) => void): Watch<Result> {
    const { entry, isNew } = this.store.acquire(query.name, args);
    let shown: { value: unknown; error: unknown; result: QueryResult<Result> | undefined } | undefined;
    // The same object until the result changes, so that React's useSyncExternalStore sees a stable snapshot.
    const current = () => {
      if (!shown || shown.value !== entry.value || shown.error !== entry.error) {
        shown = { value: entry.value, error: entry.error, result: resultOf<Result>(entry) };
      }

      return shown.result;
    };
    const notify = () => onChange(current());
    const listeners = this.listeners.get(entry.queryId) ?? new Set<Listener>();
    this.listeners.set(entry.queryId, listeners);
    listeners.add(notify);
    if (isNew) {
      this.sendOrConnect(() => void this.modify([LocalStore.addChange(entry)]));
    }

    let active = true;
    return {
      current,
      unsubscribe: () => {
        if (!active) {
          return;
        }

        active = false;
        listeners.delete(notify);
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

  /**
   * Signs in (a provider) or out (null) on the live connection, without dropping its subscriptions; resolves with the
   * user id. Until the provider's token is known, live queries, queries, actions and mutations made meanwhile wait,
   * so that a page shown while a kept session is being resumed never runs as anonymous.
   */
  setAuth(provider: AccessTokenProvider | null): Promise<string | null> {
    const authenticated = this.authenticate(provider);
    const settled = authenticated.then(
      () => undefined,
      () => undefined,
    );
    this.authSettling = settled;
    void settled.then(() => {
      if (this.authSettling === settled) {
        this.authSettling = null;
        this.releaseHeld();
      }
    });
    return authenticated;
  }

  private async authenticate(provider: AccessTokenProvider | null): Promise<string | null> {
    // The token first: a connection started now presents it, so its queries run as the user from the start.
    const token = await this.tokens.use(provider);
    await this.connect();
    const userId = await this.sendToken(token);
    this.tokens.scheduleRefresh();
    return userId;
  }

  /** Sends what waited for `setAuth`, unless a resume meanwhile sent it (it sends every live query and pending mutation). */
  private releaseHeld(): void {
    for (const { resumes, send } of this.held.splice(0)) {
      if (resumes === this.resumes) {
        this.sendOrConnect(send);
      }
    }
  }

  /** Waits, within the deadline, for `setAuth` to settle its provider. */
  private async afterAuth(deadline: number): Promise<void> {
    if (this.authSettling) {
      await Promise.race([this.authSettling, sleep(Math.max(deadline - Date.now(), 0))]);
    }
  }

  /**
   * Closes the connection for good. Every call still waiting is settled at once with `CLIENT_CLOSED` (a mutation
   * that was sent may or may not have been applied), and every later call fails with it.
   */
  async close(): Promise<void> {
    this.closed = true;
    this.ready = false;
    this.tokens.stop();
    this.pending.failAll(closedErrorInfo());
    this.store.abandonWaiters(closedError());
    await this.connection.close();
  }

  private throwIfClosed(): void {
    if (this.closed) {
      throw closedError();
    }
  }

  private timeoutOf(options: CallOptions | undefined): number {
    return options?.timeoutMs ?? this.options.callTimeoutMs ?? defaultCallTimeoutMs;
  }

  /**
   * Sends a call and returns its answer, or undefined when the connection was lost before it (or the call could not
   * be sent). Fails with `TIMEOUT` at the deadline and `CLIENT_CLOSED` when the client is closed meanwhile.
   */
  private async invokeBefore(method: string, call: FunctionCall, deadline: number, what: string): Promise<FunctionResult | undefined> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(clientError(ErrorCodes.timeout, `No answer to ${what} within its timeout.`, { requestId: call.requestId })),
        Math.min(Math.max(deadline - Date.now(), 0), maxTimerMs),
      );
    });
    try {
      return await Promise.race([this.hub.invoke<FunctionResult>(method, call), expired]);
    } catch (error) {
      if (error instanceof DakarCafeError) {
        throw error;
      }

      if (this.closed) {
        throw closedError();
      }

      return undefined;
    } finally {
      clearTimeout(timer);
    }
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
    this.resumes++;
    const resubscribed = resubscribe.length > 0 ? this.hub.send(hubMethods.modifyQuerySet, { changes: resubscribe }) : Promise.resolve();
    this.pending.sendAll();

    await resubscribed;
  }

  /**
   * Sends now when connected; otherwise the connection's resume sends it (it resubscribes and resends everything
   * pending). While `setAuth` settles, it waits for that.
   */
  private sendOrConnect(send: () => void): void {
    if (this.authSettling) {
      this.held.push({ resumes: this.resumes, send });
    } else if (this.ready) {
      send();
    } else {
      this.connection.start();
    }
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
    for (const modification of transition.modifications) {
      if (modification.kind === QueryModificationKind.failed && isRetryable(modification.error)) {
        this.resubscribeLater(modification.queryId, retryAfterMs(modification.error));
      }
    }
  }

  /** A subscription refused as RATE_LIMITED or UNAVAILABLE is asked for again after its retryAfterMs (a reconnect meanwhile asks for it anyway). */
  private resubscribeLater(queryId: number, delayMs: number): void {
    setTimeout(() => {
      const entry = this.store.get(queryId);
      if (entry && isRetryable(entry.serverError) && this.ready) {
        void this.modify([LocalStore.addChange(entry)]);
      }
    }, delayMs);
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

  private async sendToken(token: AccessToken | null): Promise<string | null> {
    const response = await this.hub.invoke<AuthenticateResponse>(hubMethods.authenticate, { accessToken: token?.value ?? null });
    if (response.error) {
      throw new DakarCafeError(response.error);
    }

    return response.userId ?? null;
  }

  private call(name: string, args: unknown, requestId?: number): FunctionCall {
    if (requestId !== undefined && !(Number.isInteger(requestId) && requestId >= 1 && requestId <= this.nextRequestId)) {
      // An id this client has not used yet would be reused by a later mutation, and answered from this one's receipt.
      throw new RangeError(`Request id ${requestId} was not used by this client (1 to ${this.nextRequestId}).`);
    }

    return { requestId: requestId ?? ++this.nextRequestId, function: name, args: JSON.stringify(args) };
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

function timedOut(name: string, timeoutMs: number, requestId: number): ErrorInfo {
  return clientErrorInfo(
    ErrorCodes.timeout,
    `No answer to mutation ${name} within ${timeoutMs} ms; it may still be applied: send it again with this requestId to learn its outcome.`,
    { requestId, timeoutMs },
  );
}

function randomId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
