import { ErrorCodes } from "@dakarcafe/client";
import { describe, expect, it } from "vitest";
import { isText, strings } from "./strings";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("the dictionary", () => {
  it("has the same keys in French and English", () => {
    expect(Object.keys(strings.en).sort()).toEqual(Object.keys(strings.fr).sort());
  });

  it("has the same placeholders in both languages, and no empty text", () => {
    for (const key of Object.keys(strings.fr) as (keyof typeof strings.fr)[]) {
      expect(placeholders(strings.en[key]), key).toEqual(placeholders(strings.fr[key]));
      expect(strings.fr[key], key).not.toBe("");
      expect(strings.en[key], key).not.toBe("");
    }
  });

  it("has a text for every code the engine and the SDK answer", () => {
    for (const code of [...Object.values(ErrorCodes), "AUTH_UNAVAILABLE"]) {
      expect(isText(`error.${code}`), code).toBe(true);
    }
  });
});
