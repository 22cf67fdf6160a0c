import { useState, type FormEvent } from "react";
import { useI18n } from "../i18n/I18n";

export interface Filter {
  field: string;
  value: string;
}

/** Only the documents whose field (named as the server stores it, PascalCase) equals a value (compared as text by the server). */
export function DocumentFilter({ fields, applied, onApply }: { fields: string[]; applied: Filter | null; onApply: (filter: Filter | null) => void }) {
  const { t } = useI18n();
  const [field, setField] = useState(applied?.field ?? fields[0] ?? "");
  const [value, setValue] = useState(applied?.value ?? "");
  function submit(event: FormEvent) {
    event.preventDefault();
    onApply({ field, value });
  }

  return (
    <form className="filters" onSubmit={submit}>
      <select aria-label={t("filterField")} data-testid="filter-field" value={field} onChange={(e) => setField(e.target.value)}>
        {fields.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
      <input
        aria-label={t("filterValue")}
        placeholder={t("filterValue")}
        data-testid="filter-value"
        value={value}
        onChange={(e) => setValue(e.target.value)}
      />
      <button type="submit" data-testid="filter-apply" disabled={!field}>
        {t("filter")}
      </button>
      {applied && (
        <button
          type="button"
          className="secondary"
          data-testid="filter-clear"
          onClick={() => {
            setValue("");
            onApply(null);
          }}
        >
          {t("clearFilter")}
        </button>
      )}
    </form>
  );
}
