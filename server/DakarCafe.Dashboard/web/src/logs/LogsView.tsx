import { useState } from "react";
import { dashboard, type FunctionCall, type LogArgs } from "../api";
import { ErrorMessage } from "../components/ErrorMessage";
import { useKeptQuery } from "../components/useKeptQuery";
import { useI18n } from "../i18n/I18n";
import { LogFilters } from "./LogFilters";
import { LogTable } from "./LogTable";

/**
 * The function calls the servers ran, newest first, live; filtered by function, outcome and caller. Pause freezes
 * what is shown (the subscription goes on, so Resume is at once up to date).
 */
export function LogsView() {
  const { t } = useI18n();
  const [filters, setFilters] = useState<LogArgs>({});
  const [frozen, setFrozen] = useState<FunctionCall[] | null>(null);
  const { value: live, error } = useKeptQuery(dashboard.log, { ...filters, limit: 200 });
  const shown = frozen ?? live;
  return (
    <section className="logs">
      <header className="view-header">
        <h1>{t("navLogs")}</h1>
        <button
          type="button"
          className={frozen ? "primary" : "secondary"}
          data-testid="pause-log"
          aria-pressed={frozen !== null}
          onClick={() => setFrozen(frozen ? null : (live ?? []))}
        >
          {frozen ? t("resume") : t("pause")}
        </button>
      </header>
      <LogFilters value={filters} onChange={setFilters} />
      <ErrorMessage error={error} />
      {shown ? (
        <LogTable calls={shown} onFilter={(more) => setFilters({ ...filters, ...more })} />
      ) : (
        !error && <p className="loading">{t("loading")}</p>
      )}
    </section>
  );
}
