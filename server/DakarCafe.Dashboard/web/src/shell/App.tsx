import { AuthLoading, Authenticated, Unauthenticated } from "@dakarcafe/client/react";
import { useI18n } from "../i18n/I18n";
import { AdminGate } from "./AdminGate";
import { Shell } from "./Shell";
import { SignInScreen } from "./SignInScreen";
import "./shell.css";

/** Signed out: the sign-in screen (with why the last sign-in failed, if it did); signed in as an admin: the dashboard. */
export function App({ signInFailure }: { signInFailure: unknown }) {
  const { t } = useI18n();
  return (
    <>
      <AuthLoading>
        <p className="loading">{t("loading")}</p>
      </AuthLoading>
      <Unauthenticated>
        <SignInScreen failure={signInFailure} />
      </Unauthenticated>
      <Authenticated>
        <AdminGate>
          <Shell />
        </AdminGate>
      </Authenticated>
    </>
  );
}
