// The sync hub's wire messages (schema/DakarCafe.Protocol): camelCase keys, enums by name (in both the MessagePack
// and the JSON protocol), and values and patches as UTF-8 JSON (bytes with MessagePack, base64 text with JSON).

import { ErrorCodes } from "../errorCodes";

export const hubPath = "/sync";

export const hubMethods = {
  connect: "Connect",
  authenticate: "Authenticate",
  modifyQuerySet: "ModifyQuerySet",
  mutation: "Mutation",
  action: "Action",
  query: "Query",
  transition: "Transition",
  protocolError: "ProtocolError",
} as const;

/** Refusals that did nothing and ask to be tried again after their `retryAfterMs`: the client does so by itself. */
export function isRetryable(error: ErrorInfo | null | undefined): error is ErrorInfo {
  return error?.code === ErrorCodes.rateLimited || error?.code === ErrorCodes.unavailable || error?.code === ErrorCodes.overloaded;
}

/** A structured error: never a stack trace, never SQL. */
export interface ErrorInfo {
  code: string;
  message: string;
  /** JSON with details (the field that failed, the limit hit, ...). */
  data?: string | null;
  correlationId?: string | null;
}

export interface ConnectRequest {
  sessionId: string;
  maxObservedVersion: number;
}

export interface ConnectResponse {
  version: number;
  error?: ErrorInfo | null;
  /** The server's id for this connection. */
  connectionId?: string | null;
}

export interface AuthenticateResponse {
  userId?: string | null;
  error?: ErrorInfo | null;
}

export interface FunctionCall {
  requestId: number;
  function: string;
  /** The arguments as JSON text. */
  args: string;
}

export interface FunctionResult {
  requestId: number;
  value?: Uint8Array | string | null;
  version: number;
  error?: ErrorInfo | null;
}

export const QueryChangeKind = { add: "Add", remove: "Remove" } as const;

export interface QueryChange {
  kind: (typeof QueryChangeKind)[keyof typeof QueryChangeKind];
  queryId: number;
  function?: string | null;
  args?: string | null;
  hash?: string | null;
}

export const QueryModificationKind = {
  updated: "Updated",
  patched: "Patched",
  unchanged: "Unchanged",
  failed: "Failed",
  removed: "Removed",
} as const;

export interface QueryModification {
  kind: (typeof QueryModificationKind)[keyof typeof QueryModificationKind];
  queryId: number;
  value?: Uint8Array | string | null;
  patch?: Uint8Array | string | null;
  hash?: string | null;
  baseHash?: string | null;
  error?: ErrorInfo | null;
}

export interface Transition {
  startVersion: number;
  endVersion: number;
  modifications: QueryModification[];
  /** This session's mutations whose commits this transition is the first to include. */
  confirmedMutations?: number[] | null;
}

const utf8 = new TextDecoder();

/** A JSON value as the wire carries it: bytes with MessagePack, base64 text with the JSON protocol. */
export function decodeJson(value: Uint8Array | string | null | undefined): unknown {
  if (value === null || value === undefined) {
    return undefined;
  }

  const bytes = typeof value === "string" ? Uint8Array.from(atob(value), (c) => c.charCodeAt(0)) : value;
  return JSON.parse(utf8.decode(bytes)) as unknown;
}
