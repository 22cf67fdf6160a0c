import { isText, type Text } from "./strings";

/** What an error shown to the admin carries: the server's code, its message and data (a `DakarCafeError`). */
interface CodedError {
  code: string;
  message: string;
  data?: unknown;
  correlationId?: string | undefined;
}

/**
 * An error as a sentence in the reader's language, from its code: never a stack or a raw object. A refused value
 * (VALIDATION_ERROR) also names its field and gives the server's message, which says what the type wants; a server
 * failure gives the id it was logged under. Where a code means something the server's message explains better than
 * the generic text (a CONFLICT for a job in the wrong state, say), the caller names it in `withMessage`.
 */
export function errorText(error: unknown, t: (text: Text, values?: Record<string, string>) => string, withMessage: readonly string[] = []): string {
  if (!isCoded(error)) {
    return t(error instanceof TypeError ? "error.network" : "error.unexpected");
  }

  if (withMessage.includes(error.code) && error.message) {
    return t("error.refused", { message: error.message });
  }

  const key = `error.${error.code}`;
  if (!isText(key)) {
    return t("error.unknownCode", { code: error.code });
  }

  const field = (error.data as { field?: unknown } | undefined)?.field;
  if (error.code === "VALIDATION_ERROR" && typeof field === "string") {
    return t("error.validationField", { field, message: error.message });
  }

  if (error.code === "INTERNAL_ERROR" && error.correlationId) {
    return `${t(key)} (${t("reference")} ${error.correlationId})`;
  }

  return t(key);
}

function isCoded(error: unknown): error is CodedError {
  return typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string";
}
