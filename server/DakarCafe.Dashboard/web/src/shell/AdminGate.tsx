import { ErrorCodes } from "@dakarcafe/client";
import { useQueryResult } from "@dakarcafe/client/react";
import type { ReactNode } from "react";
import { dashboard } from "../api";
import { useI18n } from "../i18n/I18n";
import { NotAdminScreen } from "./NotAdminScreen";
import { SignInScreen } from "./SignInScreen";

/**
 * The dashboard for admins only: the server refuses its functions to any other account (FORBIDDEN), which gets a
 * screen of its own, and a session the server no longer takes (AUTH_REQUIRED) is asked to sign in again. The list of
 * tables it asks is the one the data view shows, so it costs no extra subscription.
 */
export function AdminGate({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const probe = useQueryResult(dashboard.tables, {});
  if (probe === undefined) {
    return <p className="loading">{t("loading")}</p>;
  }

  switch (probe.error?.code) {
    case ErrorCodes.forbidden:
      return <NotAdminScreen />;
    case ErrorCodes.authRequired:
      return <SignInScreen failure={probe.error} />;
    default:
      return children;
  }
}
