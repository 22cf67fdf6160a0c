import type { QueryReference } from "../functionReference";
import { applyPatch, type Patch } from "./jsonValuePatch";
import { decodeJson, QueryChangeKind, QueryModificationKind, type ErrorInfo, type QueryChange, type Transition } from "./protocol";

/** One subscribed query, shared by every local subscriber of the same function and arguments. */
export interface QueryEntry {
  readonly queryId: number;
  readonly name: string;
  /** The arguments as sent (JSON text). */
  readonly args: string;
  readonly token: string;
  subscribers: number;
  /** The server's value; `undefined` until it arrives. */
  serverValue: unknown;
  serverError: ErrorInfo | undefined;
  hash: string | undefined;
  /** What is shown: the server's value with the pending optimistic updates applied. */
  value: unknown;
  error: ErrorInfo | undefined;
  /** The version of the transition that last changed the server's value. */
  version: number;
}

/** What an optimistic update sees and changes: the values of the subscribed queries as they will be shown. */
export interface OptimisticLocalStore {
  getQuery<Args, Result>(query: QueryReference<Args, Result>, args: Args): Result | undefined;
  setQuery<Args, Result>(query: QueryReference<Args, Result>, args: Args, value: Result): void;
}

export type OptimisticUpdate = (store: OptimisticLocalStore) => void;

interface Layer {
  requestId: number;
  update: OptimisticUpdate;
  commitVersion?: number;
}

/** The queries whose shown value changed, and the version a transition reached. */
export interface StoreChange {
  changed: QueryEntry[];
  reachedVersion?: number;
}

/** Canonical JSON (object keys sorted) so that the same arguments written in any order are one query. */
export function tokenOf(name: string, args: unknown): string {
  return `${name}\n${JSON.stringify(args, (_, value: unknown) =>
    value !== null && typeof value === "object" && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  )}`;
}

/**
 * The client's one local store: the subscribed queries, the version reached, the waiters for versions, and the
 * optimistic updates of pending mutations. It never talks to the network and never calls listeners: each change
 * returns what changed, for the client to announce (subscribers first, then the version, then its waiters).
 * Invariant: every query shows the server's value at the store's version with the pending optimistic updates
 * applied in request order, and a transition moves every query to its end version at once.
 */
export class LocalStore {
  private readonly byId = new Map<number, QueryEntry>();
  private readonly byToken = new Map<string, QueryEntry>();
  private readonly layers: Layer[] = [];
  private readonly waiters: { version: number; resolve: () => void; reject: (reason: Error) => void }[] = [];
  private chainVersion = 0;
  private appliedVersion = 0;
  private announcedVersion = 0;
  private nextQueryId = 0;

  /** The highest version whose transition has been applied and announced. */
  get version(): number {
    return this.announcedVersion;
  }

  get(queryId: number): QueryEntry | undefined {
    return this.byId.get(queryId);
  }

  /** The query for this function and arguments, shared if already subscribed; `isNew` when the server must be told. */
  acquire(name: string, args: unknown): { entry: QueryEntry; isNew: boolean } {
    const token = tokenOf(name, args);
    const existing = this.byToken.get(token);
    if (existing) {
      existing.subscribers++;
      return { entry: existing, isNew: false };
    }

    const entry: QueryEntry = {
      queryId: ++this.nextQueryId,
      name,
      args: JSON.stringify(args),
      token,
      subscribers: 1,
      serverValue: undefined,
      serverError: undefined,
      hash: undefined,
      value: undefined,
      error: undefined,
      version: 0,
    };
    this.byId.set(entry.queryId, entry);
    this.byToken.set(token, entry);
    return { entry, isNew: true };
  }

  /** One local subscriber fewer; true when it was the last, so the server must be told. */
  release(entry: QueryEntry): boolean {
    if (--entry.subscribers > 0 || !this.byId.delete(entry.queryId)) {
      return false;
    }

    this.byToken.delete(entry.token);
    return true;
  }

  static addChange(entry: QueryEntry): QueryChange {
    return { kind: QueryChangeKind.add, queryId: entry.queryId, function: entry.name, args: entry.args, hash: entry.hash ?? null };
  }

  /** After a reconnect the server knows no queries: the set to add again, each announcing the hash it holds. */
  restart(): QueryChange[] {
    this.chainVersion = 0;
    return [...this.byId.values()].map((entry) => LocalStore.addChange(entry));
  }

  /**
   * Applies a transition: the server's modifications, then the optimistic updates of the mutations it confirms (or
   * whose commits it reaches) are dropped, in one step, so what is shown never flickers back or doubles.
   */
  applyTransition(transition: Transition): StoreChange & { inSequence: boolean } {
    const inSequence = transition.startVersion === this.chainVersion;
    const touched: QueryEntry[] = [];
    for (const modification of transition.modifications) {
      const entry = this.byId.get(modification.queryId);
      if (!entry) {
        continue;
      }

      switch (modification.kind) {
        case QueryModificationKind.updated:
          entry.serverValue = decodeJson(modification.value);
          entry.serverError = undefined;
          break;
        case QueryModificationKind.patched:
          if (entry.serverValue === undefined || !modification.patch) {
            continue;
          }

          entry.serverValue = applyPatch(entry.serverValue, decodeJson(modification.patch) as Patch);
          entry.serverError = undefined;
          break;
        case QueryModificationKind.failed:
          entry.serverValue = undefined;
          entry.serverError = modification.error ?? { code: "INTERNAL_ERROR", message: "The query failed." };
          break;
        default:
          continue;
      }

      entry.hash = modification.hash ?? undefined;
      entry.version = transition.endVersion;
      touched.push(entry);
    }

    this.chainVersion = transition.endVersion;
    this.appliedVersion = Math.max(this.appliedVersion, transition.endVersion);
    const confirmed = new Set(transition.confirmedMutations ?? []);
    const before = this.layers.length;
    this.removeLayers((l) => (l.commitVersion !== undefined && l.commitVersion <= this.appliedVersion) || confirmed.has(l.requestId));
    const rebuildAll = this.layers.length > 0 || before !== this.layers.length;
    return { changed: this.rebuild(rebuildAll ? [...this.byId.values()] : touched), reachedVersion: this.appliedVersion, inSequence };
  }

  /** Applies a new optimistic update at once. */
  addLayer(requestId: number, update: OptimisticUpdate): StoreChange {
    this.layers.push({ requestId, update });
    return { changed: this.rebuild([...this.byId.values()]) };
  }

  /**
   * The mutation answered: on success its update stays until the store reaches `commitVersion` (at once if it already
   * has); on failure (`undefined`) it is rolled back now.
   */
  settleLayer(requestId: number, commitVersion: number | undefined): StoreChange {
    const layer = this.layers.find((l) => l.requestId === requestId);
    if (!layer) {
      return { changed: [] };
    }

    if (commitVersion !== undefined && commitVersion > this.appliedVersion) {
      layer.commitVersion = commitVersion;
      return { changed: [] };
    }

    this.removeLayers((l) => l === layer);
    return { changed: this.rebuild([...this.byId.values()]) };
  }

  /** Marks `version` as announced (its subscribers were notified) and returns the waiters it releases. */
  announce(version: number): (() => void)[] {
    this.announcedVersion = Math.max(this.announcedVersion, version);
    const released: (() => void)[] = [];
    for (let i = this.waiters.length - 1; i >= 0; i--) {
      const waiter = this.waiters[i]!;
      if (waiter.version <= this.announcedVersion) {
        released.push(waiter.resolve);
        this.waiters.splice(i, 1);
      }
    }

    return released;
  }

  /** Resolves once the store has announced `version`. */
  waitForVersion(version: number): Promise<void> {
    if (this.announcedVersion >= version) {
      return Promise.resolve();
    }

    return new Promise((resolve, reject) => this.waiters.push({ version, resolve, reject }));
  }

  /** Rejects every wait for a version with `reason` (the client was closed: no version will come). */
  abandonWaiters(reason: Error): void {
    for (const waiter of this.waiters.splice(0)) {
      waiter.reject(reason);
    }
  }

  private removeLayers(predicate: (layer: Layer) => boolean): void {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      if (predicate(this.layers[i]!)) {
        this.layers.splice(i, 1);
      }
    }
  }

  /** Recomputes what the given queries show; returns those whose shown value changed. */
  private rebuild(entries: QueryEntry[]): QueryEntry[] {
    const working = new Map<string, unknown>();
    if (this.layers.length > 0) {
      for (const entry of this.byId.values()) {
        working.set(entry.token, entry.serverValue);
      }

      const store: OptimisticLocalStore = {
        getQuery: (query, args) => working.get(tokenOf(query.name, args)) as never,
        setQuery: (query, args, value) => {
          const token = tokenOf(query.name, args);
          if (working.has(token)) {
            working.set(token, value);
          }
        },
      };
      for (const layer of this.layers) {
        layer.update(store);
      }
    }

    const changed: QueryEntry[] = [];
    for (const entry of entries) {
      const optimistic = working.has(entry.token) && working.get(entry.token) !== entry.serverValue;
      const value = optimistic ? working.get(entry.token) : entry.serverValue;
      const error = optimistic ? undefined : entry.serverError;
      if (value !== entry.value || error !== entry.error) {
        entry.value = value;
        entry.error = error;
        if (value !== undefined || error !== undefined) {
          changed.push(entry);
        }
      }
    }

    return changed;
  }
}
