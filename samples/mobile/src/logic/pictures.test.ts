import { describe, expect, it } from "vitest";
import { initial, pictureUrl } from "./pictures";

describe("pictures", () => {
  it("serves a stored picture from the server's /files/<storage id>", () => {
    expect(pictureUrl("http://10.0.2.2:5080", "st_123")).toBe("http://10.0.2.2:5080/files/st_123");
    expect(pictureUrl("https://shop.example/", "st_123")).toBe("https://shop.example/files/st_123");
    expect(pictureUrl("http://host:5080", "a b/c")).toBe("http://host:5080/files/a%20b%2Fc");
  });

  it("has no address for a product without a picture, so the placeholder shows", () => {
    expect(pictureUrl("http://host:5080", null)).toBeNull();
    expect(pictureUrl("http://host:5080", undefined)).toBeNull();
    expect(pictureUrl("http://host:5080", "")).toBeNull();
  });

  it("marks the placeholder with the name's initial", () => {
    expect(initial("ristretto Intenso")).toBe("R");
    expect(initial("  éthiopie")).toBe("É");
    expect(initial("")).toBe("");
  });
});
