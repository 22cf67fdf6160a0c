import { createContext, useContext, type ReactNode } from "react";
import type { DakarCafeClient } from "../browser/sync/client";
import type { TokenSession } from "../browser/auth/tokenSession";
import { AuthProvider } from "./useAuth";

const ClientContext = createContext<DakarCafeClient | null>(null);

export interface DakarCafeProviderProps {
  client: DakarCafeClient;
  /**
   * The sign-in session `useAuth` drives (a `PasswordSession`, or an `AuthorizationCodeSession` whose sign-in was
   * completed before rendering); without one, the client stays as it was created.
   */
  session?: TokenSession;
  children?: ReactNode;
}

/** Makes a client (and its sign-in session) available to the hooks below it. */
export function DakarCafeProvider({ client, session, children }: DakarCafeProviderProps) {
  return (
    <ClientContext.Provider value={client}>
      <AuthProvider client={client} session={session}>
        {children}
      </AuthProvider>
    </ClientContext.Provider>
  );
}

/** The client of the nearest `DakarCafeProvider`. */
export function useDakarCafeClient(): DakarCafeClient {
  const client = useContext(ClientContext);
  if (!client) {
    throw new Error("useQuery, useMutation and useAuth need a <DakarCafeProvider client={...}> above them.");
  }

  return client;
}
