import { describe, expect, it } from "vitest";
import { codeChallenge, randomSecret } from "./pkce";

describe("PKCE", () => {
  it("derives the S256 challenge of RFC 7636's example verifier", async () => {
    expect(await codeChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")).toBe("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
  });

  it("makes verifiers of 43 base64url characters, a new one each time", () => {
    const verifiers = new Set(Array.from({ length: 20 }, randomSecret));

    expect(verifiers.size).toBe(20);
    for (const verifier of verifiers) {
      expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    }
  });
});
