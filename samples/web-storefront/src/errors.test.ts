import { DakarCafeError, ErrorCodes } from "@dakarcafe/client";
import { shopErrorCodes } from "@dakarcafe-express/api";
import { describe, expect, it } from "vitest";
import { errorTexts, refusal } from "./errors";

const everyCode = [...Object.values(ErrorCodes), ...Object.values(shopErrorCodes), "EMAIL_TAKEN", "AUTH_UNAVAILABLE"];

describe("the shopper's error texts", () => {
  it("has a French and an English text for every code the engine, the shop and sign-up answer", () => {
    for (const code of everyCode) {
      expect(errorTexts.fr[code], code).toBeTruthy();
      expect(errorTexts.en[code], code).toBeTruthy();
      expect(errorTexts.fr[code], code).not.toBe(errorTexts.en[code]);
    }
  });

  it("shows a refused field's own text beside it, never the code or the server's English message", () => {
    const error = new DakarCafeError({
      code: "VALIDATION_ERROR",
      message: "The phone must be a Senegalese number, such as +221 77 123 45 67.",
      data: JSON.stringify({ field: "deliveryAddress.phone" }),
    });

    const fr = refusal(error, "fr");

    expect(fr).toEqual({ text: "Entrez un numéro sénégalais, par exemple +221 77 123 45 67.", field: "deliveryAddress.phone" });
    expect(refusal(error, "en").text).toBe("Enter a Senegalese number, such as +221 77 123 45 67.");
  });

  it("falls back to the code's text, then to a general one, and names a line's quantity by its field", () => {
    const unknown = new DakarCafeError({ code: "SOMETHING_NEW", message: "An English message" });
    const stock = new DakarCafeError({ code: "OUT_OF_STOCK", message: "Only 2 left", data: JSON.stringify({ field: "items[3].quantity", available: 2 }) });

    expect(refusal(unknown, "fr").text).toBe(errorTexts.fr[ErrorCodes.internal]);
    expect(refusal(stock, "fr")).toEqual({ text: errorTexts.fr[shopErrorCodes.outOfStock], field: "items[3].quantity" });
    expect(refusal(new Error("offline"), "fr").text).not.toContain("offline");
  });
});
