import { describe, expect, it } from "vitest";
import { nextDelay } from "./backoff";

describe("nextDelay", () => {
  it("doubles from the base, stays under the cap, and is jittered between half and all of it", () => {
    expect(nextDelay(0, 200, 10_000, () => 0)).toBe(100);
    expect(nextDelay(0, 200, 10_000, () => 1)).toBe(200);
    expect(nextDelay(3, 200, 10_000, () => 1)).toBe(1_600);
    expect(nextDelay(10, 200, 10_000, () => 1)).toBe(10_000);
    expect(nextDelay(10, 200, 10_000, () => 0)).toBe(5_000);
    expect(nextDelay(1_000, 200, 10_000, () => 0.5)).toBe(7_500);
  });
});
