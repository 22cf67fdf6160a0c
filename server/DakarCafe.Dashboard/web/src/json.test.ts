import { describe, expect, it } from "vitest";
import { isObject, sameJson } from "./json";

describe("JSON values", () => {
  it("ignores the order of keys, at any depth", () => {
    expect(sameJson({ a: 1, b: { c: [1, { d: 2, e: 3 }] } }, { b: { c: [1, { e: 3, d: 2 }] }, a: 1 })).toBe(true);
  });

  it("sees a changed value, and the order of array items", () => {
    expect(sameJson({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson({ a: undefined }, {})).toBe(true);
  });
});

describe("objects", () => {
  it("are neither arrays nor null", () => {
    expect(isObject({})).toBe(true);
    expect(isObject([])).toBe(false);
    expect(isObject(null)).toBe(false);
    expect(isObject("{}")).toBe(false);
  });
});
