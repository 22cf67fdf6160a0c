import { describe, expect, it } from "vitest";
import { argsTemplate } from "./argsTemplate";

describe("the arguments editor's starting text", () => {
  it("has each required property with a blank value of its type", () => {
    const schema = {
      type: ["object", "null"],
      properties: { productId: { type: "string" }, quantity: { type: "integer" }, note: { type: ["string", "null"] }, gift: { type: "boolean" } },
      required: ["productId", "quantity", "gift"],
    };

    expect(JSON.parse(argsTemplate(schema))).toEqual({ productId: "", quantity: 0, gift: false });
  });

  it("is an empty object when nothing is required, and null for a property of unknown type", () => {
    expect(argsTemplate({ type: "object", properties: { limit: { type: "integer" } } })).toBe("{}");
    expect(JSON.parse(argsTemplate({ required: ["anything"] }))).toEqual({ anything: null });
  });
});
