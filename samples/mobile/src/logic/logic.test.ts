import type { CartView, TrackingUpdate } from "@dakarcafe/client";
import { describe, expect, it } from "vitest";
import { withQuantity } from "./cart";
import { memoryStorage } from "./memoryStorage";
import { fcfa } from "./money";
import { progress, trackingSteps } from "./tracking";

const cart: CartView = {
  lines: [
    { productId: "a", name: "Roma", image: null, unitPrice: 3500, quantity: 2, lineTotal: 7000, priceChanged: false, stockShort: false },
    { productId: "b", name: "Cosi", image: null, unitPrice: 3300, quantity: 1, lineTotal: 3300, priceChanged: false, stockShort: false },
  ],
  subtotal: 10300,
  itemCount: 3,
  updatedAt: "2026-11-26T10:00:00Z",
};

describe("cart", () => {
  it("changes a line and recomputes the totals", () => {
    expect(withQuantity(cart, "a", 5)).toMatchObject({ itemCount: 6, subtotal: 20800 });
    expect(withQuantity(cart, "a", 5).lines[0]).toMatchObject({ quantity: 5, lineTotal: 17500 });
  });

  it("drops a line set to zero and leaves unknown products alone", () => {
    expect(withQuantity(cart, "b", 0)).toMatchObject({ itemCount: 2, subtotal: 7000, lines: [{ productId: "a" }] });
    expect(withQuantity(cart, "z", 3)).toEqual(cart);
  });
});

describe("money", () => {
  it("groups thousands with a narrow no-break space", () => {
    expect(fcfa(21442)).toBe("21\u202f442 FCFA");
    expect(fcfa(950)).toBe("950 FCFA");
    expect(fcfa(1_250_000)).toBe("1\u202f250\u202f000 FCFA");
  });
});

describe("tracking", () => {
  const updates: TrackingUpdate[] = [
    { status: "pending", message: "Order DCE-2026-000001 placed", timestamp: "2026-11-26T10:00:00Z", location: null },
    { status: "shipped", message: "Shipped with Yobante", timestamp: "2026-11-26T12:00:00Z", location: null },
    { status: "inTransit", message: "Au dépôt", timestamp: "2026-11-26T13:00:00Z", location: "Thiès" },
  ];

  it("translates the steps and keeps the carrier's news", () => {
    expect(trackingSteps(updates, "fr").map((s) => [s.label, s.detail])).toEqual([
      ["Commande passée", null],
      ["Expédiée", null],
      ["En route", "Au dépôt — Thiès"],
    ]);
    expect(trackingSteps(updates, "en")[0]!.label).toBe("Order placed");
  });

  it("measures progress along the happy path", () => {
    expect(progress({ status: "pending" })).toBe(0);
    expect(progress({ status: "shipped" })).toBe(0.75);
    expect(progress({ status: "delivered" })).toBe(1);
    expect(progress({ status: "cancelled" })).toBeNull();
  });
});

describe("memory storage", () => {
  it("keeps and forgets a session", async () => {
    const storage = memoryStorage();
    await storage.setItem("k", "v");
    expect(await storage.getItem("k")).toBe("v");
    await storage.removeItem("k");
    expect(await storage.getItem("k")).toBeNull();
  });
});
