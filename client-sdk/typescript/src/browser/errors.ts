import type { ErrorInfo } from "./sync/protocol";

/** A function call failed on the server: its code (`VALIDATION_ERROR`, `OUT_OF_STOCK`, ...), message and data. */
export class DakarCafeError extends Error {
  readonly code: string;
  /** Details as the server sent them (such as `{ field: "quantity", available: 3 }`). */
  readonly data: unknown;
  /** Set on `INTERNAL_ERROR`: the id the server logged the failure under. */
  readonly correlationId: string | undefined;

  constructor(error: ErrorInfo) {
    super(error.message);
    this.name = "DakarCafeError";
    this.code = error.code;
    this.data = error.data ? (JSON.parse(error.data) as unknown) : undefined;
    this.correlationId = error.correlationId ?? undefined;
  }
}
