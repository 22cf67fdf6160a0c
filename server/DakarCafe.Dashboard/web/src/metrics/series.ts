// The metrics samples (one per node every 10 s) turned into what the charts and tables show: the nodes summed per
// step, the busiest functions' latencies, the current values.
import type { FunctionLatency, MetricsSample } from "../api";

const stepSeconds = 10;

/** The samples of one 10-second step, at most one per node (the last it took). */
export interface Step {
  /** Seconds since the epoch, the step's start: the x of the charts. */
  time: number;
  samples: MetricsSample[];
}

export function steps(samples: readonly MetricsSample[]): Step[] {
  const byStep = new Map<number, Map<string, MetricsSample>>();
  for (const sample of [...samples].sort((a, b) => a.at.localeCompare(b.at))) {
    const time = Math.floor(Date.parse(sample.at) / 1000 / stepSeconds) * stepSeconds;
    const nodes = byStep.get(time) ?? new Map<string, MetricsSample>();
    byStep.set(time, nodes.set(sample.node, sample));
  }

  return [...byStep].sort(([a], [b]) => a - b).map(([time, nodes]) => ({ time, samples: [...nodes.values()] }));
}

/** A value of every node added up, step by step. */
export function total(of: readonly Step[], pick: (sample: MetricsSample) => number): number[] {
  return of.map((step) => step.samples.reduce((sum, sample) => sum + pick(sample), 0));
}

/** The functions called most over the samples, busiest first. */
export function busiestFunctions(samples: readonly MetricsSample[], count: number): string[] {
  return latencyTable(samples)
    .slice(0, count)
    .map((row) => row.function);
}

/** One function's latency step by step (its p50 averaged over the nodes by calls, its p99 the worst node's); null where it was not called. */
export function latency(of: readonly Step[], name: string, percentile: "p50Ms" | "p99Ms"): (number | null)[] {
  return of.map((step) => {
    const rows = step.samples.flatMap((sample) => sample.functions.filter((row) => row.function === name && row.calls > 0));
    return rows.length === 0 ? null : combine(name, rows)[percentile];
  });
}

/** Every function's calls and latency over the samples, busiest first. */
export function latencyTable(samples: readonly MetricsSample[]): FunctionLatency[] {
  const byName = new Map<string, FunctionLatency[]>();
  for (const row of samples.flatMap((sample) => sample.functions)) {
    byName.set(row.function, [...(byName.get(row.function) ?? []), row]);
  }

  return [...byName]
    .map(([name, rows]) => combine(name, rows))
    .filter((row) => row.calls > 0)
    .sort((a, b) => b.calls - a.calls || a.function.localeCompare(b.function));
}

export interface CurrentValues {
  connections: number;
  liveQueries: number;
  sharedNodes: number;
  nodes: number;
}

/** Now: the last sample of each node still reporting (within two steps of the newest), added up. */
export function currentValues(samples: readonly MetricsSample[]): CurrentValues {
  const newest = Math.max(...samples.map((sample) => Date.parse(sample.at)));
  const latest = new Map<string, MetricsSample>();
  for (const sample of samples) {
    const at = Date.parse(sample.at);
    const kept = latest.get(sample.node);
    if (newest - at <= 2 * stepSeconds * 1000 && (!kept || Date.parse(kept.at) < at)) {
      latest.set(sample.node, sample);
    }
  }

  const nodes = [...latest.values()];
  const sum = (pick: (sample: MetricsSample) => number) => nodes.reduce((total, sample) => total + pick(sample), 0);
  return {
    connections: sum((s) => s.connections),
    liveQueries: sum((s) => s.liveQueries),
    sharedNodes: sum((s) => s.sharedNodes),
    nodes: nodes.length,
  };
}

function combine(name: string, rows: readonly FunctionLatency[]): FunctionLatency {
  const calls = rows.reduce((sum, row) => sum + row.calls, 0);
  return {
    function: name,
    calls,
    p50Ms: calls === 0 ? 0 : rows.reduce((sum, row) => sum + row.p50Ms * row.calls, 0) / calls,
    p99Ms: Math.max(...rows.map((row) => row.p99Ms)),
  };
}
