import { HubConnectionState, type HubConnection } from "@microsoft/signalr";
import { DakarCafeError } from "../errors";
import { nextDelay, sleep } from "./backoff";
import { ErrorCodes } from "../errorCodes";
import type { ErrorInfo } from "./protocol";

/**
 * Where a client's connection stands. `idle` until the first call (or `connect()`) starts it; `connecting` during the
 * first attempt; `reconnecting` while waiting `nextDelayMs` before attempt `attempt` (after a failed first attempt as
 * after a drop), with the last failure; `connected` once the server has the client's queries and pending mutations;
 * `closed` for good after `close()`.
 */
export type ConnectionState =
  | { readonly kind: "idle" }
  | { readonly kind: "connecting" }
  | { readonly kind: "connected" }
  | { readonly kind: "reconnecting"; readonly attempt: number; readonly nextDelayMs: number; readonly lastError: string | undefined }
  | { readonly kind: "closed" };

/** What a connection needs from its client. */
export interface ConnectionHooks {
  /** Introduces a new connection to the server (session, queries, pending mutations); throws when refused. */
  resume(): Promise<void>;
  /** The connection was lost: nothing more can be sent until the next resume. */
  lost(): void;
  /** The server refused the token (HTTP 401): fetch a fresh one for the next attempt. */
  refreshToken(): Promise<void>;
  /** Connected (again): the token's refresh is scheduled. */
  connected(): void;
}

export interface ConnectionOptions {
  reconnectDelayMs: number;
  maxReconnectDelayMs: number;
  /** An attempt still unfinished after this long (a network swallowing the handshake) is abandoned. */
  connectTimeoutMs: number;
}

/** The longest delay `setTimeout` keeps (a longer one fires at once). */
export const maxTimerMs = 2 ** 31 - 1;

interface ReadyWaiter {
  resolve(): void;
  reject(error: DakarCafeError): void;
}

/** A failure the client raises itself, in the wire's form (its data as JSON). */
export function clientErrorInfo(code: string, message: string, data?: unknown): ErrorInfo {
  return { code, message, data: data === undefined ? null : JSON.stringify(data) };
}

export function clientError(code: string, message: string, data?: unknown): DakarCafeError {
  return new DakarCafeError(clientErrorInfo(code, message, data));
}

export function closedErrorInfo(): ErrorInfo {
  return clientErrorInfo(ErrorCodes.clientClosed, "The client was closed before this call was answered.");
}

export function closedError(): DakarCafeError {
  return new DakarCafeError(closedErrorInfo());
}

/**
 * One connection lifecycle from the first attempt: every failure, of the first attempt or of a live connection, is
 * followed by attempts with jittered exponential delays until one succeeds or the client is closed. Owns the state,
 * its listeners and the callers waiting for the connection; never touches queries or mutations (its hooks do).
 */
export class Connection {
  private current: ConnectionState = { kind: "idle" };
  private readonly listeners = new Set<(state: ConnectionState) => void>();
  private readonly waiters = new Set<ReadyWaiter>();
  private loop: Promise<void> | null = null;
  private offline = false;

  constructor(
    private readonly hub: HubConnection,
    private readonly options: ConnectionOptions,
    private readonly hooks: ConnectionHooks,
  ) {
    hub.onclose(() => {
      hooks.lost();
      this.run(1);
    });
  }

  get state(): ConnectionState {
    return this.current;
  }

  /** Calls `listener` with each new state; returns the function that stops it. */
  onStateChange(listener: (state: ConnectionState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts the lifecycle if it has not started. */
  start(): void {
    if (this.current.kind === "idle") {
      this.run(0);
    }
  }

  /** Resolves once connected; rejects with `TIMEOUT` after `timeoutMs`, or `CLIENT_CLOSED` when closed first. */
  whenConnected(timeoutMs: number, what: string): Promise<void> {
    if (this.isClosed()) {
      return Promise.reject(closedError());
    }

    if (this.current.kind === "connected") {
      return Promise.resolve();
    }

    this.start();
    return new Promise<void>((resolve, reject) => {
      const timer = Number.isFinite(timeoutMs)
        ? setTimeout(
            () => {
              this.waiters.delete(waiter);
              reject(clientError(ErrorCodes.timeout, `No connection to the server within ${timeoutMs} ms (${what}).`, { timeoutMs }));
            },
            Math.min(Math.max(timeoutMs, 0), maxTimerMs),
          )
        : undefined;
      const waiter: ReadyWaiter = {
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      this.waiters.add(waiter);
    });
  }

  /** Cuts the connection as a network loss would; it comes back by itself (unless offline). */
  async drop(): Promise<void> {
    if (this.hub.state !== HubConnectionState.Disconnected) {
      await this.hub.stop();
    }
  }

  /** While offline, every attempt fails at once, as without a network. */
  setOffline(offline: boolean): void {
    this.offline = offline;
  }

  /** Ends the lifecycle: waiting callers fail with `CLIENT_CLOSED`. */
  async close(): Promise<void> {
    this.setState({ kind: "closed" });
    for (const waiter of this.waiters) {
      waiter.reject(closedError());
    }

    this.waiters.clear();
    await this.hub.stop();
  }

  private run(firstAttempt: number): void {
    if (this.loop || this.isClosed()) {
      return;
    }

    this.loop = this.attempts(firstAttempt).finally(() => {
      this.loop = null;
    });
  }

  private async attempts(firstAttempt: number): Promise<void> {
    let lastError: string | undefined;
    for (let attempt = firstAttempt; !this.isClosed(); attempt++) {
      if (attempt === 0) {
        this.setState({ kind: "connecting" });
      } else {
        const delay = nextDelay(attempt - 1, this.options.reconnectDelayMs, this.options.maxReconnectDelayMs);
        this.setState({ kind: "reconnecting", attempt, nextDelayMs: delay, lastError });
        await sleep(delay);
        if (this.isClosed()) {
          return;
        }
      }

      try {
        if (this.offline) {
          throw new Error("Offline (set by testing.goOffline()).");
        }

        await this.withinConnectTimeout(async () => {
          if (this.hub.state === HubConnectionState.Disconnected) {
            await this.hub.start();
          }

          await this.hooks.resume();
        });
        if (this.hub.state !== HubConnectionState.Connected) {
          throw new Error("The connection was lost while resuming.");
        }

        this.setState({ kind: "connected" });
        this.hooks.connected();
        for (const waiter of this.waiters) {
          waiter.resolve();
        }

        this.waiters.clear();
        return;
      } catch (error) {
        lastError = error instanceof Error ? error.message : String(error);
        if (isUnauthorized(error)) {
          // The token expired while we were away: the next attempt presents a fresh one.
          await this.hooks.refreshToken();
        }

        if (this.hub.state !== HubConnectionState.Disconnected && !this.isClosed()) {
          // A connection the server refused to resume starts over clean.
          await this.hub.stop().catch(() => undefined);
        }
      }
    }
  }

  /** Runs one attempt; past the connect timeout it fails (and the catch stops the hub, which ends the attempt). */
  private async withinConnectTimeout(attempt: () => Promise<void>): Promise<void> {
    const timeoutMs = this.options.connectTimeoutMs;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`The attempt did not complete within the connect timeout of ${timeoutMs} ms.`)), timeoutMs);
    });
    const running = attempt();
    // Once abandoned, the attempt's own failure (the hub stopped under it) is no one's concern.
    running.catch(() => undefined);
    try {
      await Promise.race([running, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** A method, not a field test, so that the compiler does not narrow it across the awaits where it changes. */
  private isClosed(): boolean {
    return this.current.kind === "closed";
  }

  private setState(state: ConnectionState): void {
    if (this.isClosed()) {
      return;
    }

    this.current = state;
    for (const listener of [...this.listeners]) {
      listener(state);
    }
  }
}

function isUnauthorized(error: unknown): boolean {
  return typeof error === "object" && error !== null && "statusCode" in error && (error as { statusCode: number }).statusCode === 401;
}
