import { useConnectionState } from "@dakarcafe/client/react";
import { useI18n } from "../i18n/I18n";

/** Whether the live data is live: connected, or reconnecting (and why). */
export function ConnectionBadge() {
  const { t } = useI18n();
  const state = useConnectionState();
  const connected = state.kind === "connected";
  return (
    <span
      className={connected ? "connection connected" : "connection"}
      data-testid="connection"
      title={state.kind === "reconnecting" ? state.lastError : undefined}
    >
      {connected ? t("connected") : state.kind === "reconnecting" ? t("reconnecting") : t("connecting")}
    </span>
  );
}
