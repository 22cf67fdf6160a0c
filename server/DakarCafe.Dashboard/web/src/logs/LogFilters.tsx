import { useQuery } from "@dakarcafe/client/react";
import { dashboard, type LogArgs } from "../api";
import { useI18n } from "../i18n/I18n";

/** The log's filters: one function, the outcome (any, ok, error), one caller's id. */
export function LogFilters({ value, onChange }: { value: LogArgs; onChange: (value: LogArgs) => void }) {
  const { t } = useI18n();
  const functions = useQuery(dashboard.functions, {});
  const set = (key: "function" | "outcome" | "callerId", text: string) => {
    const next = { ...value };
    if (text) {
      next[key] = text;
    } else {
      delete next[key];
    }

    onChange(next);
  };
  return (
    <div className="filters">
      <select aria-label={t("function")} data-testid="log-function" value={value.function ?? ""} onChange={(e) => set("function", e.target.value)}>
        <option value="">{t("allFunctions")}</option>
        {functions?.map((info) => (
          <option key={info.name} value={info.name}>
            {info.name}
          </option>
        ))}
      </select>
      <select aria-label={t("outcome")} data-testid="log-outcome" value={value.outcome ?? ""} onChange={(e) => set("outcome", e.target.value)}>
        <option value="">{t("allOutcomes")}</option>
        <option value="ok">{t("outcomeOk")}</option>
        <option value="error">{t("outcomeError")}</option>
      </select>
      <input
        type="search"
        aria-label={t("callerId")}
        placeholder={t("callerId")}
        data-testid="log-caller"
        value={value.callerId ?? ""}
        onChange={(e) => set("callerId", e.target.value.trim())}
      />
    </div>
  );
}
