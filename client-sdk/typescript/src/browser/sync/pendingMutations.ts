import { HubConnectionState, type HubConnection } from "@microsoft/signalr";
import { ErrorCodes } from "../errorCodes";
import { hubMethods, type ErrorInfo, type FunctionCall, type FunctionResult } from "./protocol";

interface PendingMutation {
  call: FunctionCall;
  resolve: (result: FunctionResult) => void;
  /** How many times the server answered OVERLOADED or UNAVAILABLE (it wrote nothing): the call is sent again after its retryAfterMs. */
  refusals: number;
}

/** Resends of a mutation the server refused as OVERLOADED or UNAVAILABLE before the refusal is the answer. */
const maxRefusals = 20;

/** The wait a refusal asks for (its data's `retryAfterMs`, within 1 ms and a minute, as the C# SDK reads it), 250 ms when it names none. */
export function retryAfterMs(error: ErrorInfo): number {
  const data = error.data ? (JSON.parse(error.data) as { retryAfterMs?: unknown }) : {};
  return typeof data.retryAfterMs === "number" ? Math.min(Math.max(data.retryAfterMs, 1), 60_000) : 250;
}

/**
 * The client's mutations waiting for their answer, in the order they were made. Each is sent when the connection is
 * up and sent again, under its request id, on every new connection until answered; one refused as OVERLOADED or UNAVAILABLE goes
 * again after `retryAfterMs`. Each settles exactly once: with its answer, or with a failure of the client's own
 * (a timeout, a close), after which a late answer is ignored. `settled` hears of each, for its optimistic update.
 */
export class PendingMutations {
  private readonly pending = new Map<number, PendingMutation>();

  constructor(
    private readonly hub: HubConnection,
    private readonly settled: (requestId: number, result: FunctionResult) => void,
  ) {}

  /** True while the mutation with this request id waits for its answer. */
  has(requestId: number): boolean {
    return this.pending.has(requestId);
  }

  /** Registers a call; the promise is its answer (or the client's failure), never a rejection. */
  add(call: FunctionCall): Promise<FunctionResult> {
    return new Promise<FunctionResult>((resolve) => this.pending.set(call.requestId, { call, resolve, refusals: 0 }));
  }

  /** Sends one call if the connection is up; else a later `sendAll` does. */
  send(requestId: number): void {
    const pending = this.pending.get(requestId);
    if (!pending || this.hub.state !== HubConnectionState.Connected) {
      return;
    }

    this.hub.invoke<FunctionResult>(hubMethods.mutation, pending.call).then(
      (result) => {
        if (this.pending.get(requestId) !== pending) {
          // Settled meanwhile (timed out, or the client was closed): the answer comes too late.
          return;
        }

        if ((result.error?.code === ErrorCodes.overloaded || result.error?.code === ErrorCodes.unavailable) && pending.refusals < maxRefusals) {
          // Refused before anything was written (or its commit found not to have happened): the same request goes again later.
          pending.refusals++;
          setTimeout(() => this.send(requestId), retryAfterMs(result.error));
          return;
        }

        this.finish(requestId, pending, result);
      },
      () => {
        // The connection went away before the answer; the next connection sends the call again.
      },
    );
  }

  /** A new connection: every call still unanswered goes again, in order. */
  sendAll(): void {
    for (const requestId of this.pending.keys()) {
      this.send(requestId);
    }
  }

  /** Settles a call with the client's own failure; its answer, if it comes, is ignored. */
  fail(requestId: number, error: ErrorInfo): void {
    const pending = this.pending.get(requestId);
    if (pending) {
      this.finish(requestId, pending, { requestId, version: 0, error });
    }
  }

  failAll(error: ErrorInfo): void {
    for (const requestId of [...this.pending.keys()]) {
      this.fail(requestId, error);
    }
  }

  private finish(requestId: number, pending: PendingMutation, result: FunctionResult): void {
    this.pending.delete(requestId);
    this.settled(requestId, result);
    pending.resolve(result);
  }
}
