import { describe, expect, it } from "vitest";
import { checkArgs } from "./argsCheck";

// As System.Text.Json's exporter writes an argument record: nullable where the C# type is.
const addToCart = {
  type: ["object", "null"],
  properties: { productId: { type: "string", format: "uuid" }, quantity: { type: "integer" }, note: { type: ["string", "null"] } },
  required: ["productId", "quantity"],
};

describe("the arguments' light check", () => {
  it("accepts arguments that have every required property with its type", () => {
    expect(checkArgs('{ "productId": "p1", "quantity": 2, "note": null }', addToCart)).toEqual({
      ok: true,
      value: { productId: "p1", quantity: 2, note: null },
    });
  });

  it("refuses text that is not JSON", () => {
    expect(checkArgs("{ productId: 1 }", addToCart)).toMatchObject({ ok: false, problem: "invalidJson" });
  });

  it("names every required property that is missing", () => {
    expect(checkArgs("{}", addToCart)).toEqual({ ok: false, problem: "missing", fields: ["productId", "quantity"] });
  });

  it("names a top-level property of the wrong type", () => {
    expect(checkArgs('{ "productId": "p1", "quantity": 1.5 }', addToCart)).toEqual({
      ok: false,
      problem: "wrongType",
      field: "quantity",
      expected: "integer",
    });
  });

  it("wants an object when the schema describes one", () => {
    expect(checkArgs("[1, 2]", addToCart)).toEqual({ ok: false, problem: "notAnObject" });
  });

  it("leaves what the schema does not describe to the server", () => {
    expect(checkArgs('"anything"', {})).toEqual({ ok: true, value: "anything" });
    expect(checkArgs('{ "extra": 1 }', { type: "object" })).toEqual({ ok: true, value: { extra: 1 } });
  });
});
