import type { FunctionLatency } from "../api";
import { useI18n } from "../i18n/I18n";

/** Every function called in the window: its calls and its p50 and p99 latency, busiest first. */
export function LatencyTable({ rows }: { rows: FunctionLatency[] }) {
  const { t, duration } = useI18n();
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th>{t("function")}</th>
            <th className="number">{t("calls")}</th>
            <th className="number">p50</th>
            <th className="number">p99</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.function} data-testid={`latency-${row.function}`}>
              <td className="mono">{row.function}</td>
              <td className="number">{row.calls}</td>
              <td className="number">{duration(row.p50Ms)}</td>
              <td className="number">{duration(row.p99Ms)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
