import { describe, expect, it } from "vitest";
import { applyPatch } from "./jsonValuePatch";

describe("applyPatch", () => {
  it("sets and unsets object fields, recursing into nested patches", () => {
    const value = { name: "Roma", price: 3500, seo: { slug: "roma", title: "Roma" }, old: true };

    const patched = applyPatch(value, {
      kind: "object",
      set: {
        price: { kind: "replace", value: 3900 },
        seo: { kind: "object", set: { title: { kind: "replace", value: "Roma Intenso" } }, unset: [] },
      },
      unset: ["old"],
    });

    expect(patched).toEqual({ name: "Roma", price: 3900, seo: { slug: "roma", title: "Roma Intenso" } });
    expect(value.price).toBe(3500);
  });

  it("updates lists of objects by id and reorders them by the given keys", () => {
    const list = [
      { id: "a", n: 1 },
      { id: "b", n: 2 },
      { id: 7, n: 3 },
    ];

    expect(applyPatch(list, { kind: "list", set: { b: { id: "b", n: 20 } } })).toEqual([
      { id: "a", n: 1 },
      { id: "b", n: 20 },
      { id: 7, n: 3 },
    ]);
    expect(applyPatch(list, { kind: "list", set: { c: { id: "c", n: 4 } }, keys: ["c", "7", "a"] })).toEqual([
      { id: "c", n: 4 },
      { id: 7, n: 3 },
      { id: "a", n: 1 },
    ]);
  });
});
