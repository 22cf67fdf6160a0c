import { DakarCafeClient, PasswordSession } from "@dakarcafe/client";
import { DakarCafeProvider } from "@dakarcafe/client/react";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";

// The server is reached through this page's origin (the dev and preview servers pass the calls on).
const client = new DakarCafeClient({ url: window.location.origin });
const session = new PasswordSession(window.location.origin, window.localStorage);

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <DakarCafeProvider client={client} session={session}>
      <App />
    </DakarCafeProvider>
  </StrictMode>,
);
