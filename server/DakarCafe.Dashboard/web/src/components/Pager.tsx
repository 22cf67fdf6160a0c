import { useI18n } from "../i18n/I18n";

/** "26–50 of 130" with the previous and next pages of a paged table; "Loading…" until the total is known. */
export function Pager({
  offset,
  limit,
  total,
  onOffset,
}: {
  offset: number;
  limit: number;
  total: number | undefined;
  onOffset: (offset: number) => void;
}) {
  const { t } = useI18n();
  if (total === undefined) {
    return <p className="loading">{t("loading")}</p>;
  }

  const last = Math.min(offset + limit, total);
  return (
    <div className="pager">
      <span>{total === 0 ? t("noRows") : t("rowsOf", { from: offset + 1, to: last, total })}</span>
      <button
        type="button"
        className="secondary"
        data-testid="pager-previous"
        disabled={offset === 0}
        onClick={() => onOffset(Math.max(offset - limit, 0))}
      >
        ‹ {t("previous")}
      </button>
      <button type="button" className="secondary" data-testid="pager-next" disabled={last >= total} onClick={() => onOffset(offset + limit)}>
        {t("next")} ›
      </button>
    </div>
  );
}
