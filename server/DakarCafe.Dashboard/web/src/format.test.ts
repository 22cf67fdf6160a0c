import { describe, expect, it } from "vitest";
import { compactValue, formatBytes, formatDuration } from "./format";

// Intl writes French numbers with a narrow no-break space between thousands: compare with plain spaces.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, " ");

describe("sizes", () => {
  it.each([
    [0, "0 B", "0 o"],
    [512, "512 B", "512 o"],
    [1536, "1.5 KB", "1,5 Ko"],
    [1024 * 1024 * 3.25, "3.3 MB", "3,3 Mo"],
    [1024 ** 3 * 2, "2 GB", "2 Go"],
  ])("%d bytes are %s in English and %s in French", (bytes, en, fr) => {
    expect(formatBytes(bytes, "en")).toBe(en);
    expect(plain(formatBytes(bytes, "fr"))).toBe(fr);
  });
});

describe("durations", () => {
  it.each([
    [0.42, "0.42 ms"],
    [3.44, "3.4 ms"],
    [12.4, "12 ms"],
    [3400, "3.4 s"],
    [125_000, "2 min 05 s"],
  ])("%d ms is %s", (ms, text) => expect(formatDuration(ms, "en")).toBe(text));

  it("writes French decimals with a comma", () => {
    expect(formatDuration(3400, "fr")).toBe("3,4 s");
  });
});

describe("stored values in a cell", () => {
  it("shows text as is, other values as one line of JSON", () => {
    expect(compactValue("Roma intenso")).toBe("Roma intenso");
    expect(compactValue(4500)).toBe("4500");
    expect(compactValue(null)).toBe("null");
    expect(compactValue({ street: "Rue 10", city: "Dakar" })).toBe('{"street":"Rue 10","city":"Dakar"}');
    expect(compactValue(undefined)).toBe("");
  });

  it("cuts long values with an ellipsis", () => {
    const cut = compactValue({ tags: ["a".repeat(100)] }, 20);
    expect(cut).toHaveLength(20);
    expect(cut.endsWith("…")).toBe(true);
  });
});
