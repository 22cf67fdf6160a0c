import { describe, expect, it } from "vitest";
import { breakdownRows, freeDeliveryNote, placeOrderLabel, vatRate } from "./breakdown";
import { orderArgs, quoteArgs } from "./checkout";

const nbsp = "\u202f";
const amounts = { subtotal: 10_300, discount: 0, tax: 1_854, shipping: 1_500, total: 13_654 };

describe("price breakdown", () => {
  it("lists subtotal, VAT with its rate, delivery to the region and the total to pay, in French", () => {
    expect(breakdownRows(amounts, "Dakar", "fr", 1800)).toEqual([
      { label: "Sous-total", value: `10${nbsp}300 FCFA`, isTotal: false },
      { label: `TVA (18${nbsp}%)`, value: `1${nbsp}854 FCFA`, isTotal: false },
      { label: "Livraison (Dakar)", value: `1${nbsp}500 FCFA`, isTotal: false },
      { label: "Total à payer", value: `13${nbsp}654 FCFA`, isTotal: true },
    ]);
  });

  it("shows a discount only when there is one, as a deduction, and free delivery as such", () => {
    const rows = breakdownRows({ subtotal: 40_000, discount: 4_000, tax: 6_480, shipping: 0, total: 42_480 }, "Thiès", "en", 1800);
    expect(rows.map((r) => [r.label, r.value])).toEqual([
      ["Subtotal", `40${nbsp}000 FCFA`],
      ["Discount", `− 4${nbsp}000 FCFA`],
      ["VAT (18%)", `6${nbsp}480 FCFA`],
      ["Delivery (Thiès)", "Free"],
      ["Total to pay", `42${nbsp}480 FCFA`],
    ]);
    expect(breakdownRows({ ...amounts, shipping: 0 }, "Dakar", "fr").find((r) => r.label.startsWith("Livraison"))?.value).toBe("Offerte");
  });

  it("names VAT without a rate for an order, which does not record it", () => {
    expect(breakdownRows(amounts, "Dakar", "fr").map((r) => r.label)).toContain("TVA");
    expect(breakdownRows(amounts, "Dakar", "en").map((r) => r.label)).toContain("VAT");
  });

  it("writes a VAT rate the shopper's way", () => {
    expect(vatRate(1800, "fr")).toBe(`18${nbsp}%`);
    expect(vatRate(1850, "fr")).toBe(`18,5${nbsp}%`);
    expect(vatRate(1850, "en")).toBe("18.5%");
    expect(vatRate(0, "en")).toBe("0%");
  });

  it("says how far free delivery is, that it is reached, or nothing for an empty cart", () => {
    expect(freeDeliveryNote({ subtotal: 10_300, missingForFreeShipping: 14_700 }, "fr")).toBe(
      `Plus que 14${nbsp}700 FCFA d'articles pour une livraison offerte.`,
    );
    expect(freeDeliveryNote({ subtotal: 10_300, missingForFreeShipping: 14_700 }, "en")).toBe(`14${nbsp}700 FCFA more in goods for free delivery.`);
    expect(freeDeliveryNote({ subtotal: 30_000, missingForFreeShipping: 0 }, "fr")).toBe("Livraison offerte.");
    expect(freeDeliveryNote({ subtotal: 0, missingForFreeShipping: 25_000 }, "fr")).toBeNull();
  });

  it("puts the quoted total on the order button, an ellipsis until it is known", () => {
    expect(placeOrderLabel("fr", 13_654)).toBe(`Commander · 13${nbsp}654 FCFA (paiement à la livraison)`);
    expect(placeOrderLabel("en", 13_654)).toBe(`Order · 13${nbsp}654 FCFA (cash on delivery)`);
    expect(placeOrderLabel("fr", undefined)).toBe("Commander · … (paiement à la livraison)");
  });
});

describe("checkout", () => {
  it("orders to the region and with the payment method the quote priced", () => {
    const args = orderArgs("  12 rue Carnot ", " +221 77 123 45 67");
    expect(args.paymentMethod).toBe(quoteArgs.paymentMethod);
    expect(args.deliveryAddress).toMatchObject({
      street: "12 rue Carnot",
      phone: "+221 77 123 45 67",
      city: "Dakar",
      region: quoteArgs.region,
      country: "Senegal",
    });
  });
});
