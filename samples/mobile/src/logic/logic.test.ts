import type { CartView, Notification, NotificationPage, TrackingUpdate } from "@dakarcafe-express/api";
import { describe, expect, it } from "vitest";
import { withQuantity } from "./cart";
import { allRead, inboxLabel, markedRead } from "./inbox";
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

describe("inbox", () => {
  const message = (id: string, readAt: string | null): Notification => ({
    id,
    userId: "u",
    kind: "orderShipped",
    title: `Commande ${id}`,
    body: "En route",
    orderId: null,
    createdAt: "2026-11-26T10:00:00Z",
    readAt,
    deliveries: [],
  });
  const page: NotificationPage = { items: [message("a", null), message("b", "2026-11-26T11:00:00Z"), message("c", null)], total: 3, unread: 2 };

  it("labels the tab with the unread count, capped", () => {
    expect(inboxLabel("fr", 0)).toBe("Messages");
    expect(inboxLabel("en", 3)).toBe("Inbox (3)");
    expect(inboxLabel("fr", 120)).toBe("Messages (99+)");
  });

  it("marks one message read and counts it, once", () => {
    const once = markedRead(page, "a", "2026-11-26T12:00:00Z");
    expect(once.unread).toBe(1);
    expect(once.items[0]!.readAt).toBe("2026-11-26T12:00:00Z");
    expect(markedRead(once, "a", "2026-11-26T13:00:00Z")).toBe(once);
    expect(markedRead(page, "b", "2026-11-26T13:00:00Z")).toBe(page);
    expect(markedRead(page, "zzz", "2026-11-26T13:00:00Z")).toBe(page);
  });

  it("marks all read, keeping the times of those read before", () => {
    const all = allRead(page, "2026-11-26T12:00:00Z");
    expect(all.unread).toBe(0);
    expect(all.items.map((n) => n.readAt)).toEqual(["2026-11-26T12:00:00Z", "2026-11-26T11:00:00Z", "2026-11-26T12:00:00Z"]);
  });
});
