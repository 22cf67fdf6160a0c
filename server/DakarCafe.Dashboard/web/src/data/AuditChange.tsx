import { JsonBlock } from "../components/JsonBlock";
import { compactValue } from "../format";
import { useI18n } from "../i18n/I18n";
import { changedFields } from "./auditDiff";

/** An audited change: the fields that changed between two versions of a record, or each side whole. */
export function AuditChange({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useI18n();
  const changes = changedFields(before, after);
  if (!changes) {
    return (
      <div className="audit-sides">
        {before !== null && (
          <div>
            <h3>{t("before")}</h3>
            <JsonBlock value={before} />
          </div>
        )}
        {after !== null && (
          <div>
            <h3>{t("after")}</h3>
            <JsonBlock value={after} />
          </div>
        )}
      </div>
    );
  }

  return (
    <table className="diff">
      <thead>
        <tr>
          <th>{t("field")}</th>
          <th>{t("before")}</th>
          <th>{t("after")}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field}>
            <td className="mono">{change.field}</td>
            <td className="removed">{compactValue(change.before, 200)}</td>
            <td className="added">{compactValue(change.after, 200)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
