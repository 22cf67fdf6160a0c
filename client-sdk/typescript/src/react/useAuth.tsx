import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useState, type ReactNode } from "react";
import type { AccessTokenProvider } from "../browser/auth/accessToken";
import { PasswordSession } from "../browser/auth/passwordSignIn";
import type { TokenSession } from "../browser/auth/tokenSession";
import type { DakarCafeClient } from "../browser/sync/client";

/** The signed-in state of the app, confirmed by the server. */
export interface AuthState {
  /** True until a kept session has been resumed (or found absent). */
  isLoading: boolean;
  isAuthenticated: boolean;
  /** The signed-in user's id, as the server knows it. */
  userId: string | null;
  /**
   * Signs in with an email and password (with a `PasswordSession`); throws a `DakarCafeError` (`AUTH_REQUIRED`) when
   * refused. An `AuthorizationCodeSession` signs in with its own `signIn()`, on the server's page.
   */
  signIn: (email: string, password: string) => Promise<void>;
  /**
   * Makes an account and signs it in; throws the server's `DakarCafeError` when refused (`VALIDATION_ERROR` with
   * `data.field`, `EMAIL_TAKEN`, `RATE_LIMITED`). Needs a `PasswordSession`.
   */
  signUp: (account: { name: string; email: string; password: string }) => Promise<void>;
  /** Signs out everywhere this session was used; live queries go on as anonymous. */
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

/** The app's sign-in state and actions (needs a `session` on the `DakarCafeProvider`). */
export function useAuth(): AuthState {
  const auth = useContext(AuthContext);
  if (!auth) {
    throw new Error("useAuth needs a <DakarCafeProvider client={...} session={...}> above it.");
  }

  return auth;
}

export function AuthProvider({ client, session, children }: { client: DakarCafeClient; session?: TokenSession | undefined; children?: ReactNode }) {
  const [state, setState] = useState({ isLoading: session !== undefined, userId: null as string | null });

  // A layout effect runs before the children's effects subscribe their queries: the client holds them until the kept
  // session's token is known, so a signed-in page reloaded runs its queries as its user, never as anonymous.
  useLayoutEffect(() => {
    if (!session) {
      return;
    }

    let current = true;
    const kept = session.resume();
    const provider: AccessTokenProvider = async (forceRefresh) => ((await kept) ? session.tokenProvider(forceRefresh) : null);
    void client
      .setAuth(provider)
      .catch(() => null)
      .then((userId) => current && setState({ isLoading: false, userId }));
    return () => {
      current = false;
    };
  }, [client, session]);

  const signedIn = useCallback(
    async (signIn: (session: PasswordSession) => Promise<unknown>) => {
      if (!(session instanceof PasswordSession)) {
        throw new Error("Signing in with an email and password needs a PasswordSession on the DakarCafeProvider.");
      }

      await signIn(session);
      setState({ isLoading: false, userId: await client.setAuth(session.tokenProvider) });
    },
    [client, session],
  );
  const signIn = useCallback((email: string, password: string) => signedIn((s) => s.signIn(email, password)), [signedIn]);
  const signUp = useCallback((account: { name: string; email: string; password: string }) => signedIn((s) => s.signUp(account)), [signedIn]);

  const signOut = useCallback(async () => {
    await session?.signOut();
    await client.setAuth(null);
    setState({ isLoading: false, userId: null });
  }, [client, session]);

  const value = useMemo<AuthState>(
    () => ({ isLoading: state.isLoading, isAuthenticated: state.userId !== null, userId: state.userId, signIn, signUp, signOut }),
    [state, signIn, signUp, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
