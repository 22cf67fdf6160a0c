import { describe, expect, it } from "vitest";
import { href, parse, type Route } from "./route";

describe("routes", () => {
  it.each<[string, Route]>([
    ["", { page: "catalog" }],
    ["#/", { page: "catalog" }],
    ["#/product/roma-intenso", { page: "product", slug: "roma-intenso" }],
    ["#/cart", { page: "cart" }],
    ["#/order/0193f0b6-1a2b-7c3d-8e4f-123456789abc", { page: "order", id: "0193f0b6-1a2b-7c3d-8e4f-123456789abc" }],
    ["#/order", { page: "orders" }],
    ["#/notifications", { page: "notifications" }],
    ["#/deliveries", { page: "deliveries" }],
    ["#/subscriptions", { page: "deliveries" }],
    ["#/nowhere", { page: "catalog" }],
  ])("%s is %o", (hash, route) => expect(parse(hash)).toEqual(route));

  it("writes back what it reads", () => {
    for (const route of [{ page: "product", slug: "café noir" }, { page: "checkout" }, { page: "order", id: "x1" }] satisfies Route[]) {
      expect(parse(href(route))).toEqual(route);
    }
  });
});
