import type { TableInfo } from "../api";
import { useI18n } from "../i18n/I18n";
import { href } from "../route";

/** The document types the deployment declared, with how many documents each holds. */
export function TableList({ tables, current }: { tables: TableInfo[] | undefined; current: string | null }) {
  const { t } = useI18n();
  return (
    <ul className="table-list" aria-label={t("tables")}>
      {tables?.map((table) => (
        <li key={table.name}>
          <a
            href={href({ view: "data", table: table.name })}
            data-testid={`table-${table.name}`}
            aria-current={table.name === current ? "page" : undefined}
          >
            <span>{table.name}</span>
            <span className="count">{table.documents}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
