import { useState } from "react";
import { dashboard } from "../api";
import { ErrorMessage } from "../components/ErrorMessage";
import { Pager } from "../components/Pager";
import { useDebounced } from "../components/useDebounced";
import { useKeptQuery } from "../components/useKeptQuery";
import { useI18n } from "../i18n/I18n";
import { FileRow } from "./FileRow";

const pageSize = 25;

/** The stored files, newest first, live, optionally of one purpose: images previewed, any one deleted on confirmation. */
export function FilesView() {
  const { t } = useI18n();
  const [purpose, setPurpose] = useState("");
  const [offset, setOffset] = useState(0);
  const settled = useDebounced(purpose.trim());
  const { value: page, error } = useKeptQuery(dashboard.files, { offset, limit: pageSize, ...(settled ? { purpose: settled } : {}) });
  return (
    <section className="files">
      <h1>{t("navFiles")}</h1>
      <div className="filters">
        <input
          type="search"
          placeholder={t("purpose")}
          aria-label={t("purpose")}
          data-testid="file-purpose"
          value={purpose}
          onChange={(e) => {
            setPurpose(e.target.value);
            setOffset(0);
          }}
        />
      </div>
      <ErrorMessage error={error} />
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>{t("preview")}</th>
              <th>{t("purpose")}</th>
              <th>{t("owner")}</th>
              <th className="number">{t("size")}</th>
              <th>{t("contentType")}</th>
              <th>{t("createdAt")}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {page?.files.map((file) => (
              <FileRow key={file.id} file={file} />
            ))}
          </tbody>
        </table>
        <Pager offset={offset} limit={pageSize} total={page?.total ?? (error ? 0 : undefined)} onOffset={setOffset} />
      </div>
    </section>
  );
}
