import { useAuth } from "@dakarcafe/client/react";
import { useI18n } from "../i18n/I18n";
import { LanguageSwitch } from "./LanguageSwitch";

/** Signed in with an account the server does not take as an admin: say so, and offer to sign out. */
export function NotAdminScreen() {
  const { t } = useI18n();
  const auth = useAuth();
  return (
    <main className="gate" data-testid="not-admin">
      <h1>{t("notAdminTitle")}</h1>
      <p>{t("notAdmin")}</p>
      <button type="button" className="primary" data-testid="sign-out" onClick={() => void auth.signOut()}>
        {t("signOut")}
      </button>
      <LanguageSwitch />
    </main>
  );
}
