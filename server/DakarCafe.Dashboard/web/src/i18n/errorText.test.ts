import { DakarCafeError } from "@dakarcafe/client";
import { describe, expect, it } from "vitest";
import { errorText } from "./errorText";
import { strings, type Text } from "./strings";

const t = (text: Text, values?: Record<string, string>) =>
  Object.entries(values ?? {}).reduce<string>((s, [k, v]) => s.replaceAll(`{${k}}`, v), strings.en[text]);
const refused = (code: string, message: string, data?: object, correlationId?: string) =>
  new DakarCafeError({ code, message, data: data ? JSON.stringify(data) : null, correlationId: correlationId ?? null });

describe("an error as a sentence", () => {
  it("says what the code means, never the server's message", () => {
    expect(errorText(refused("FORBIDDEN", "Admins only."), t)).toBe("This account may not do that.");
  });

  it("names the refused field with the server's explanation of what the type wants", () => {
    expect(errorText(refused("VALIDATION_ERROR", "The price must be positive.", { field: "price" }), t)).toBe(
      "Value refused for “price”: The price must be positive.",
    );
  });

  it("gives the server's message for the codes the caller says it explains, the generic text otherwise", () => {
    const conflict = refused("CONFLICT", "Only a failed job can be retried; this one is running.");
    expect(errorText(conflict, t, ["CONFLICT"])).toBe("Refused: Only a failed job can be retried; this one is running.");
    expect(errorText(conflict, t)).toBe("Changed concurrently: try again.");
    expect(errorText(refused("FORBIDDEN", "Admins only."), t, ["CONFLICT"])).toBe("This account may not do that.");
  });

  it("gives a server failure's reference, and an unknown code as such", () => {
    expect(errorText(refused("INTERNAL_ERROR", "boom", undefined, "c-42"), t)).toBe("Server error (ref. c-42)");
    expect(errorText(refused("OUT_OF_STOCK", "Only 2 left"), t)).toBe("The server refused (OUT_OF_STOCK).");
  });

  it("reads a failed fetch as an unreachable server, anything else as unexpected", () => {
    expect(errorText(new TypeError("Failed to fetch"), t)).toBe(strings.en["error.network"]);
    expect(errorText(new Error("what"), t)).toBe(strings.en["error.unexpected"]);
  });
});
