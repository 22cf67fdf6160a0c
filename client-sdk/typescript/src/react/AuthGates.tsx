import type { ReactNode } from "react";
import { useAuth } from "./useAuth";

/** Shows its children once signed in (not while a kept session is being resumed). */
export function Authenticated({ children }: { children?: ReactNode }) {
  const { isLoading, isAuthenticated } = useAuth();
  return !isLoading && isAuthenticated ? <>{children}</> : null;
}

/** Shows its children once it is known that nobody is signed in. */
export function Unauthenticated({ children }: { children?: ReactNode }) {
  const { isLoading, isAuthenticated } = useAuth();
  return !isLoading && !isAuthenticated ? <>{children}</> : null;
}

/** Shows its children while a kept session is being resumed (before either of the two above shows). */
export function AuthLoading({ children }: { children?: ReactNode }) {
  return useAuth().isLoading ? <>{children}</> : null;
}
