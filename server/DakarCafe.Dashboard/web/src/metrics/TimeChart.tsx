import { useEffect, useMemo, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { localeOf } from "../format";
import { useI18n } from "../i18n/I18n";

export interface ChartSeries {
  label: string;
  /** One value per time; null where there is none (the line breaks). */
  values: (number | null)[];
}

/** What a chart's values are: events per second, counts, or durations in milliseconds. */
export type ChartUnit = "rate" | "count" | "duration";

const palette = ["#c0782f", "#2f6fc0", "#2e7d32", "#b00020", "#7b4bb0", "#00838f"];
const height = 180;

/**
 * A small time-series chart (uPlot) over the samples' times, seconds since the epoch. The chart is made once per set
 * of series (their labels) and fed new data as it comes; it follows its container's width.
 */
export function TimeChart({ title, times, series, unit }: { title: string; times: number[]; series: ChartSeries[]; unit: ChartUnit }) {
  const { t, duration, language } = useI18n();
  const format = useMemo(
    () => (unit === "duration" ? duration : unit === "rate" ? (v: number) => `${Math.round(v * 10) / 10}/s` : (v: number) => String(Math.round(v))),
    [unit, duration],
  );
  const clock = useMemo(() => {
    const minutes = new Intl.DateTimeFormat(localeOf(language), { hour: "2-digit", minute: "2-digit" });
    const seconds = new Intl.DateTimeFormat(localeOf(language), { timeStyle: "medium" });
    return { label: t("time"), tick: (s: number) => minutes.format(s * 1000), legend: (s: number) => seconds.format(s * 1000) };
  }, [language, t]);
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | null>(null);
  const labels = series.map((line) => line.label);
  const key = labels.join("\n");

  useEffect(() => {
    const element = container.current!;
    const plot = new uPlot(
      {
        width: element.clientWidth,
        height,
        scales: { x: { time: true } },
        series: [
          { label: clock.label, value: (_: uPlot, s: number | null) => (s === null ? "–" : clock.legend(s)) },
          ...key.split("\n").map((label, i) => ({
            label,
            stroke: palette[i % palette.length]!,
            width: 2,
            value: (_: uPlot, v: number | null) => (v === null ? "–" : format(v)),
          })),
        ],
        axes: [
          { values: (_: uPlot, ticks: number[]) => ticks.map(clock.tick) },
          { size: 70, values: (_: uPlot, ticks: number[]) => ticks.map(format) },
        ],
      },
      [[]],
      element,
    );
    chart.current = plot;
    const resize = new ResizeObserver(() => plot.setSize({ width: element.clientWidth, height }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
      chart.current = null;
    };
  }, [key, format, clock]);

  useEffect(() => {
    chart.current?.setData([times, ...series.map((line) => line.values)]);
  }, [key, format, clock, times, series]);

  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div ref={container} />
    </figure>
  );
}
