import { ErrorMessage } from "../components/ErrorMessage";
import { useCall } from "../components/useCall";
import { useI18n } from "../i18n/I18n";
import { useServer } from "../session/ServerContext";
import { LanguageSwitch } from "./LanguageSwitch";

/** Signed out: one button to the server's sign-in page, which sends the browser back here with a code. */
export function SignInScreen({ failure }: { failure: unknown }) {
  const { t } = useI18n();
  const { session } = useServer();
  const call = useCall();
  return (
    <main className="gate">
      <h1>{t("title")}</h1>
      <p>{t("signInIntro")}</p>
      <ErrorMessage error={failure ?? call.error} />
      <button
        type="button"
        className="primary"
        data-testid="sign-in"
        disabled={call.busy}
        onClick={() => void call.run(() => session.signIn({ prompt: "login" }))}
      >
        {t("signIn")}
      </button>
      <LanguageSwitch />
    </main>
  );
}
