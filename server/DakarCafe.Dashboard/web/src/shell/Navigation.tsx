import { useI18n } from "../i18n/I18n";
import type { Text } from "../i18n/strings";
import { href, type Route, type View } from "../route";

const links: { view: View; route: Route; label: Text }[] = [
  { view: "data", route: { view: "data", table: null }, label: "navData" },
  { view: "functions", route: { view: "functions", name: null }, label: "navFunctions" },
  { view: "logs", route: { view: "logs" }, label: "navLogs" },
  { view: "metrics", route: { view: "metrics" }, label: "navMetrics" },
  { view: "jobs", route: { view: "jobs" }, label: "navJobs" },
  { view: "users", route: { view: "users" }, label: "navUsers" },
  { view: "files", route: { view: "files" }, label: "navFiles" },
];

/** The views, the current one marked (the audit log belongs to the data view). */
export function Navigation({ current }: { current: View }) {
  const { t } = useI18n();
  const shown = current === "audit" ? "data" : current;
  return (
    <nav className="navigation" aria-label={t("navigation")}>
      {links.map((link) => (
        <a key={link.view} href={href(link.route)} data-testid={`nav-${link.view}`} aria-current={link.view === shown ? "page" : undefined}>
          {t(link.label)}
        </a>
      ))}
    </nav>
  );
}
