// The engine's error codes (ErrorCodes of DakarCafe.Protocol, which a test keeps this file equal to). An app's own
// codes are generated beside its api, in its errors.ts, with AppErrorCode: these and the app's.

/** Every code the engine answers or a client raises; a failed call's `DakarCafeError.code` is one of them or the app's own. */
export const ErrorCodes = {
  /** Arguments of the wrong shape: a missing, extra or wrongly typed field, named in the message and data. */
  validation: "VALIDATION_ERROR",
  /** No function has that name. */
  unknownFunction: "UNKNOWN_FUNCTION",
  /** The function needs a signed-in caller. */
  authRequired: "AUTH_REQUIRED",
  /** What the call names does not exist (or is not the caller's to see); the data names the field. */
  notFound: "NOT_FOUND",
  /** The caller is signed in but not allowed. */
  forbidden: "FORBIDDEN",
  /** A mutation kept conflicting with concurrent ones after every retry. */
  conflict: "CONFLICT",
  /** A limit was exceeded; the data names it. */
  limitExceeded: "LIMIT_EXCEEDED",
  /** The message could not be read or is not part of the protocol. */
  badRequest: "BAD_REQUEST",
  /** The caller sends too much; retry after the time in the data. */
  rateLimited: "RATE_LIMITED",
  /** The server has more work than it runs at once; nothing was done: retry after the time in the data. */
  overloaded: "OVERLOADED",
  /** The database cannot be reached right now (it is restarting or away); nothing was done: retry after the time in the data. */
  unavailable: "UNAVAILABLE",
  /** An unexpected failure; the server logged it under the correlation id. */
  internal: "INTERNAL_ERROR",
  /** Raised by a client: it was closed before the call was answered (a mutation already sent may or may not have been applied). */
  clientClosed: "CLIENT_CLOSED",
  /** Raised by a client: no connection, or no answer, within the call's timeout (a mutation may still be applied: resend it under its request id). */
  timeout: "TIMEOUT",
  /** Raised by a client: the connection was lost after an action was sent; actions are never resent, so it may or may not have run. */
  disconnected: "DISCONNECTED",
} as const;

/** A code of the engine (see `ErrorCodes`). */
export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];
