import { useAuth } from "@dakarcafe/client/react";
import { ErrorBoundary } from "../components/ErrorBoundary";
import { AuditLog } from "../data/AuditLog";
import { DataView } from "../data/DataView";
import { FilesView } from "../files/FilesView";
import { FunctionsView } from "../functions/FunctionsView";
import { useI18n } from "../i18n/I18n";
import { JobsView } from "../jobs/JobsView";
import { LogsView } from "../logs/LogsView";
import { MetricsView } from "../metrics/MetricsView";
import { useRoute, type Route } from "../route";
import { UsersView } from "../users/UsersView";
import { ConnectionBadge } from "./ConnectionBadge";
import { LanguageSwitch } from "./LanguageSwitch";
import { Navigation } from "./Navigation";

/** The signed-in dashboard: a top bar, the views' navigation on the left, the current view. */
export function Shell() {
  const { t } = useI18n();
  const auth = useAuth();
  const route = useRoute();
  return (
    <div className="shell">
      <header className="topbar">
        <span className="brand">{t("title")}</span>
        <ConnectionBadge />
        <LanguageSwitch />
        <button type="button" className="secondary" data-testid="sign-out" onClick={() => void auth.signOut()}>
          {t("signOut")}
        </button>
      </header>
      <Navigation current={route.view} />
      <main className="view">
        <ErrorBoundary key={route.view}>
          <CurrentView route={route} />
        </ErrorBoundary>
      </main>
    </div>
  );
}

function CurrentView({ route }: { route: Route }) {
  switch (route.view) {
    case "data":
      return <DataView table={route.table} />;
    case "audit":
      return <AuditLog />;
    case "functions":
      return <FunctionsView name={route.name} />;
    case "logs":
      return <LogsView />;
    case "metrics":
      return <MetricsView />;
    case "jobs":
      return <JobsView />;
    case "users":
      return <UsersView />;
    case "files":
      return <FilesView />;
  }
}
