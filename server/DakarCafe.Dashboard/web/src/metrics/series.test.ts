import { describe, expect, it } from "vitest";
import type { FunctionLatency, MetricsSample } from "../api";
import { busiestFunctions, currentValues, latency, latencyTable, steps, total } from "./series";

function sample(at: string, node: string, values: Partial<MetricsSample> = {}, functions: FunctionLatency[] = []): MetricsSample {
  return {
    at: `2026-12-03T10:${at}Z`,
    node,
    connections: 0,
    liveQueries: 0,
    sharedNodes: 0,
    executionsPerSecond: 0,
    pushesPerSecond: 0,
    mutationsPerSecond: 0,
    conflicts: 0,
    retries: 0,
    functions,
    ...values,
  };
}

const call = (name: string, calls: number, p50Ms: number, p99Ms: number): FunctionLatency => ({ function: name, calls, p50Ms, p99Ms });

describe("the metrics' steps", () => {
  it("adds the nodes up per 10-second step, oldest first, a node's later sample in a step replacing its earlier one", () => {
    const samples = [
      sample("00:12", "b", { executionsPerSecond: 5 }),
      sample("00:01", "a", { executionsPerSecond: 2 }),
      sample("00:03", "b", { executionsPerSecond: 3 }),
      sample("00:11", "a", { executionsPerSecond: 1 }),
      sample("00:19", "a", { executionsPerSecond: 4 }),
    ];

    const of = steps(samples);

    expect(of.map((step) => new Date(step.time * 1000).toISOString())).toEqual(["2026-12-03T10:00:00.000Z", "2026-12-03T10:00:10.000Z"]);
    expect(total(of, (s) => s.executionsPerSecond)).toEqual([5, 9]);
  });
});

describe("latencies", () => {
  const samples = [
    sample("00:01", "a", {}, [call("cart:getCart", 30, 2, 9), call("orders:placeOrder", 5, 20, 80)]),
    sample("00:02", "b", {}, [call("cart:getCart", 10, 6, 15)]),
    sample("00:11", "a", {}, [call("orders:placeOrder", 1, 10, 10), call("products:search", 0, 0, 0)]),
  ];

  it("weighs the nodes' p50 by their calls and keeps the worst p99, per step", () => {
    const of = steps(samples);

    expect(latency(of, "cart:getCart", "p50Ms")).toEqual([3, null]);
    expect(latency(of, "cart:getCart", "p99Ms")).toEqual([15, null]);
    expect(latency(of, "orders:placeOrder", "p99Ms")).toEqual([80, 10]);
  });

  it("tables every called function over the window, busiest first", () => {
    expect(latencyTable(samples)).toEqual([
      { function: "cart:getCart", calls: 40, p50Ms: 3, p99Ms: 15 },
      { function: "orders:placeOrder", calls: 6, p50Ms: 110 / 6, p99Ms: 80 },
    ]);
    expect(busiestFunctions(samples, 1)).toEqual(["cart:getCart"]);
  });
});

describe("current values", () => {
  it("adds up each node's last sample, leaving out a node that stopped reporting", () => {
    const samples = [
      sample("00:00", "gone", { connections: 50 }),
      sample("00:40", "a", { connections: 3, liveQueries: 10, sharedNodes: 4 }),
      sample("00:50", "a", { connections: 4, liveQueries: 12, sharedNodes: 5 }),
      sample("00:45", "b", { connections: 2, liveQueries: 1, sharedNodes: 1 }),
    ];

    expect(currentValues(samples)).toEqual({ connections: 6, liveQueries: 13, sharedNodes: 6, nodes: 2 });
  });
});
