import { describe, expect, it } from "vitest";
import { href, parse, type Route } from "./route";

describe("routes", () => {
  it.each<[string, Route]>([
    ["", { view: "data", table: null }],
    ["#/data", { view: "data", table: null }],
    ["#/data/Product", { view: "data", table: "Product" }],
    ["#/audit", { view: "audit" }],
    ["#/functions/cart%3AaddToCart", { view: "functions", name: "cart:addToCart" }],
    ["#/logs", { view: "logs" }],
    ["#/jobs", { view: "jobs" }],
    ["#/nowhere", { view: "data", table: null }],
  ])("%s is %o", (hash, route) => expect(parse(hash)).toEqual(route));

  it("writes back what it reads", () => {
    for (const route of [{ view: "data", table: "Order" }, { view: "functions", name: "orders:placeOrder" }, { view: "files" }] satisfies Route[]) {
      expect(parse(href(route))).toEqual(route);
    }
  });
});
