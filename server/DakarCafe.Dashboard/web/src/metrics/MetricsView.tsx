import { useQuery } from "@dakarcafe/client/react";
import { useMemo } from "react";
import { dashboard, type MetricsSample } from "../api";
import { useI18n, type I18n } from "../i18n/I18n";
import { LatencyTable } from "./LatencyTable";
import { busiestFunctions, currentValues, latency, latencyTable, steps, total } from "./series";
import { Stat } from "./Stat";
import { TimeChart, type ChartSeries, type ChartUnit } from "./TimeChart";
import "./metrics.css";

/** How many functions the latency charts follow. */
const charted = 5;

/** The servers' metrics over the last hour, live: the values now, charts of the rates and latencies, a latency table. */
export function MetricsView() {
  const { t } = useI18n();
  const samples = useQuery(dashboard.metrics, { minutes: 60 });
  const charts = useMemo(() => (samples ? chartsOf(samples, t) : []), [samples, t]);
  if (samples === undefined) {
    return <p className="loading">{t("loading")}</p>;
  }

  const now = currentValues(samples);
  return (
    <section className="metrics">
      <h1>{t("navMetrics")}</h1>
      <div className="stats">
        <Stat label={t("connections")} value={now.connections} testId="metric-connections" />
        <Stat label={t("liveQueries")} value={now.liveQueries} testId="metric-live-queries" />
        <Stat label={t("sharedNodes")} value={now.sharedNodes} testId="metric-shared-nodes" />
        <Stat label={t("nodes")} value={now.nodes} testId="metric-nodes" />
      </div>
      {samples.length === 0 ? (
        <p className="hint">{t("noSamples")}</p>
      ) : (
        <>
          <div className="charts">
            {charts.map((chart) => (
              <TimeChart key={chart.title} {...chart} />
            ))}
          </div>
          <h2>{t("latencyByFunction")}</h2>
          <LatencyTable rows={latencyTable(samples)} />
        </>
      )}
    </section>
  );
}

interface Chart {
  title: string;
  times: number[];
  series: ChartSeries[];
  unit: ChartUnit;
}

function chartsOf(samples: MetricsSample[], t: I18n["t"]): Chart[] {
  const of = steps(samples);
  const times = of.map((step) => step.time);
  const top = busiestFunctions(samples, charted);
  const line = (label: string, pick: (sample: MetricsSample) => number): ChartSeries => ({ label, values: total(of, pick) });
  return [
    {
      title: t("chartThroughput"),
      times,
      unit: "rate",
      series: [
        line(t("executions"), (s) => s.executionsPerSecond),
        line(t("pushes"), (s) => s.pushesPerSecond),
        line(t("mutations"), (s) => s.mutationsPerSecond),
      ],
    },
    { title: t("chartConflicts"), times, unit: "count", series: [line(t("conflicts"), (s) => s.conflicts), line(t("retries"), (s) => s.retries)] },
    {
      title: t("chartConnections"),
      times,
      unit: "count",
      series: [line(t("connections"), (s) => s.connections), line(t("liveQueries"), (s) => s.liveQueries)],
    },
    { title: t("chartP50"), times, unit: "duration", series: top.map((name) => ({ label: name, values: latency(of, name, "p50Ms") })) },
    { title: t("chartP99"), times, unit: "duration", series: top.map((name) => ({ label: name, values: latency(of, name, "p99Ms") })) },
  ];
}
