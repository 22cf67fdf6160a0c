import { useQuery } from "@dakarcafe/client/react";
import { dashboard } from "../api";
import { useI18n } from "../i18n/I18n";
import { DataTabs } from "./DataTabs";
import { DocumentsTable } from "./DocumentsTable";
import { TableList } from "./TableList";
import "./data.css";

/** The deployment's tables (live counts) and the documents of the one chosen. */
export function DataView({ table }: { table: string | null }) {
  const { t } = useI18n();
  const tables = useQuery(dashboard.tables, {});
  const chosen = tables?.find((candidate) => candidate.name === table);
  return (
    <section className="data-view">
      <DataTabs current="documents" />
      <div className="data-layout">
        <TableList tables={tables} current={table} />
        {chosen ? (
          <DocumentsTable key={chosen.name} table={chosen} />
        ) : (
          <p className="hint">{tables === undefined ? t("loading") : tables.length === 0 ? t("noTables") : t("pickTable")}</p>
        )}
      </div>
    </section>
  );
}
