// The shop's shopper texts (schema/typescript/shopperTexts.ts), which this storefront and the mobile app share.
import { DakarCafeError, ErrorCodes } from "@dakarcafe/client";
import { errorTexts, lineProblem, refusal, shopErrorCodes } from "@dakarcafe-express/api";
import { describe, expect, it } from "vitest";

const everyCode = [...Object.values(ErrorCodes), ...Object.values(shopErrorCodes), "EMAIL_TAKEN", "AUTH_UNAVAILABLE"];

/** A refusal as the SDK builds it from the server's answer (data arrives as JSON text). */
const refused = (code: string, message: string, data?: object) => new DakarCafeError({ code, message, data: data ? JSON.stringify(data) : null });

describe("the shopper's error texts", () => {
  it("has a French and an English text for every code the engine, the shop and sign-up answer", () => {
    for (const code of everyCode) {
      expect(errorTexts.fr[code], code).toBeTruthy();
      expect(errorTexts.en[code], code).toBeTruthy();
      expect(errorTexts.fr[code], code).not.toBe(errorTexts.en[code]);
    }
  });

  it("names the refused sign-up field, in the shopper's language, never the server's English message", () => {
    const password = refused("VALIDATION_ERROR", "The password must have at least 8 characters.", { field: "password" });
    expect(refusal(password, "fr")).toEqual({ text: "Le mot de passe compte au moins 8 caractères.", field: "password" });
    expect(refusal(password, "en").text).toBe("The password has at least 8 characters.");

    const taken = refused("EMAIL_TAKEN", "An account already uses this email.", { field: "email" });
    expect(refusal(taken, "fr")).toEqual({ text: "Un compte existe déjà avec cet e-mail : connectez-vous.", field: "email" });
  });

  it("reads a refused sign-in as wrong credentials, and an address field by its own text", () => {
    expect(refusal(refused("AUTH_REQUIRED", "Invalid credentials"), "fr", "signIn").text).toBe("E-mail ou mot de passe incorrect.");
    expect(refusal(refused("AUTH_REQUIRED", "Sign in"), "fr").text).toBe("Connectez-vous pour continuer.");
    const phone = refused("VALIDATION_ERROR", "The phone must be a Senegalese number.", { field: "deliveryAddress.phone" });
    expect(refusal(phone, "fr")).toEqual({ text: "Entrez un numéro sénégalais, par exemple +221 77 123 45 67.", field: "deliveryAddress.phone" });
  });

  it("falls back to the code's text, then to a general one; anything else is a lost connection", () => {
    const stock = refused("OUT_OF_STOCK", "Only 2 left", { field: "items[3].quantity", available: 2 });
    expect(refusal(stock, "fr")).toEqual({ text: errorTexts.fr[shopErrorCodes.outOfStock], field: "items[3].quantity" });
    expect(refusal(refused("SOMETHING_NEW", "An English message"), "fr").text).toBe(errorTexts.fr[ErrorCodes.internal]);
    const offline = refusal(new TypeError("Network request failed"), "fr");
    expect(offline).toEqual({ text: "La connexion a été perdue : vérifiez votre réseau.", field: null });
  });
});

describe("a quote line's problem", () => {
  it("says nothing for a line that can be ordered", () => {
    expect(lineProblem({ problem: null, available: 12 }, "fr")).toBeNull();
  });

  it("tells what to do for each problem checkout would refuse", () => {
    expect(lineProblem({ problem: "OUT_OF_STOCK", available: 2 }, "fr")).toBe("Plus que 2 en stock : ajustez la quantité.");
    expect(lineProblem({ problem: "OUT_OF_STOCK", available: 0 }, "en")).toBe("Sold out: remove it to order.");
    expect(lineProblem({ problem: "PRODUCT_UNAVAILABLE", available: null }, "fr")).toBe("N'est plus vendu : retirez-le pour commander.");
    expect(lineProblem({ problem: "NOT_FOUND", available: null }, "en")).toBe("No longer exists: remove it to order.");
    expect(lineProblem({ problem: "LIMIT_EXCEEDED", available: null }, "fr")).toBe(errorTexts.fr[ErrorCodes.limitExceeded]);
  });
});
