import { useI18n } from "../i18n/I18n";
import { href } from "../route";

/** The data view's two faces: the documents, and the audit log of what admins changed. */
export function DataTabs({ current }: { current: "documents" | "audit" }) {
  const { t } = useI18n();
  return (
    <nav className="tabs">
      <a href={href({ view: "data", table: null })} data-testid="tab-documents" aria-current={current === "documents" ? "page" : undefined}>
        {t("documents")}
      </a>
      <a href={href({ view: "audit" })} data-testid="tab-audit" aria-current={current === "audit" ? "page" : undefined}>
        {t("audit")}
      </a>
    </nav>
  );
}
