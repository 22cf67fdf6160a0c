import { AuthorizationCodeSession, DakarCafeClient } from "@dakarcafe/client";
import { DakarCafeProvider } from "@dakarcafe/client/react";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
// The base styles first: each view's own come after them.
import "./styles.css";
import { I18nProvider } from "./i18n/I18n";
import { finishSignIn } from "./session/finishSignIn";
import { ServerProvider } from "./session/ServerContext";
import { serverUrl } from "./session/serverUrl";
import { App } from "./shell/App";

const url = serverUrl();
// The tab keeps the session (sessionStorage): an admin's tokens do not outlive the tab, but survive a reload.
const session = new AuthorizationCodeSession({
  server: url,
  clientId: "dakarcafe-dashboard",
  redirectUri: `${window.location.origin}${import.meta.env.BASE_URL}`,
  scope: "offline_access email roles",
  storage: window.sessionStorage,
});
const client = new DakarCafeClient({ url });
// Before the first render: the provider resumes the session the answer just made.
const signInFailure = await finishSignIn(session);

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <I18nProvider>
      <ServerProvider value={{ url, session }}>
        <DakarCafeProvider client={client} session={session}>
          <App signInFailure={signInFailure} />
        </DakarCafeProvider>
      </ServerProvider>
    </I18nProvider>
  </StrictMode>,
);
