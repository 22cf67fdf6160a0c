import type { AuthorizationCodeSession } from "@dakarcafe/client";
import { createContext, useContext } from "react";

/** The server the dashboard talks to, and the signed-in session with it. */
export interface Server {
  url: string;
  session: AuthorizationCodeSession;
}

const ServerContext = createContext<Server | null>(null);

export const ServerProvider = ServerContext.Provider;

export function useServer(): Server {
  const server = useContext(ServerContext);
  if (!server) {
    throw new Error("useServer needs a ServerProvider above it.");
  }

  return server;
}
