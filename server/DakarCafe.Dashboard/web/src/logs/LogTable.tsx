import type { FunctionCall, LogArgs } from "../api";
import { KindBadge } from "../components/KindBadge";
import { useI18n } from "../i18n/I18n";

/** The calls, one a row; a function or caller clicked becomes a filter. */
export function LogTable({ calls, onFilter }: { calls: FunctionCall[]; onFilter: (filter: LogArgs) => void }) {
  const { t, time, duration } = useI18n();
  if (calls.length === 0) {
    return <p className="hint">{t("noCalls")}</p>;
  }

  return (
    <div className="table-wrap">
      <table className="log">
        <thead>
          <tr>
            <th>{t("time")}</th>
            <th>{t("function")}</th>
            <th>{t("kind")}</th>
            <th>{t("caller")}</th>
            <th className="number">{t("duration")}</th>
            <th>{t("outcome")}</th>
            <th>{t("correlationId")}</th>
          </tr>
        </thead>
        <tbody>
          {calls.map((call) => (
            <tr key={call.id} data-testid="log-row" data-outcome={call.outcome}>
              <td title={call.at}>{time(call.at)}</td>
              <td>
                <button type="button" className="link mono" onClick={() => onFilter({ function: call.function })}>
                  {call.function}
                </button>
              </td>
              <td>
                <KindBadge kind={call.kind} />
              </td>
              <td className="mono id" title={call.callerId ?? undefined}>
                {call.callerId ? (
                  <button type="button" className="link mono" onClick={() => onFilter({ callerId: call.callerId ?? "" })}>
                    {call.callerId}
                  </button>
                ) : (
                  t("anonymous")
                )}
              </td>
              <td className="number">{duration(call.durationMs)}</td>
              <td className={call.outcome === "ok" ? "ok" : "error"}>{call.outcome}</td>
              <td className="mono id" title={call.correlationId ?? undefined}>
                {call.correlationId ?? ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
