import { Fragment, useState } from "react";
import { dashboard } from "../api";
import { ErrorMessage } from "../components/ErrorMessage";
import { Pager } from "../components/Pager";
import { useKeptQuery } from "../components/useKeptQuery";
import { useI18n } from "../i18n/I18n";
import { AuditChange } from "./AuditChange";
import { DataTabs } from "./DataTabs";
import "./data.css";

const pageSize = 25;

/**
 * What admins did through the dashboard, newest first, live: its number in the log, who, when, what to which target,
 * and the change (a document's fields, a job's, an account's role or status).
 */
export function AuditLog() {
  const { t, dateTime } = useI18n();
  const [offset, setOffset] = useState(0);
  const [open, setOpen] = useState<string | null>(null);
  const { value: page, error } = useKeptQuery(dashboard.auditLog, { offset, limit: pageSize });
  return (
    <section className="audit">
      <DataTabs current="audit" />
      <h1>{t("audit")}</h1>
      <ErrorMessage error={error} />
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th className="number">{t("number")}</th>
              <th>{t("when")}</th>
              <th>{t("who")}</th>
              <th>{t("action")}</th>
              <th>{t("target")}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {page?.entries.map((entry) => (
              <Fragment key={entry.id}>
                <tr data-testid={`row-${entry.id}`}>
                  <td className="number">{entry.number}</td>
                  <td>{dateTime(entry.at)}</td>
                  <td>{entry.actorEmail ?? entry.actorId}</td>
                  <td>{t(`action.${entry.action}`)}</td>
                  <td className="mono">{entry.target}</td>
                  <td>
                    <button
                      type="button"
                      className="secondary"
                      aria-expanded={open === entry.id}
                      data-testid={`audit-details-${entry.id}`}
                      onClick={() => setOpen(open === entry.id ? null : entry.id)}
                    >
                      {t("details")}
                    </button>
                  </td>
                </tr>
                {open === entry.id && (
                  <tr className="details">
                    <td colSpan={6}>
                      <AuditChange before={entry.before} after={entry.after} />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
        <Pager offset={offset} limit={pageSize} total={page?.total ?? (error ? 0 : undefined)} onOffset={setOffset} />
      </div>
    </section>
  );
}
