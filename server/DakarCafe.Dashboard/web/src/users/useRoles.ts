import { useDakarCafeClient } from "@dakarcafe/client/react";
import { useEffect, useRef, useState } from "react";
import { dashboard } from "../api";

/**
 * The roles an account may be given, asked once when the users view opens (`_dashboard:roles` is an action, and the
 * SDK has no hook for actions: it is called through the provider's client). Until it answers, `roles` is undefined.
 */
export function useRoles(): { roles: string[] | undefined; error: unknown } {
  const client = useDakarCafeClient();
  // One request for the view's life, even when a strict mode runs the effect twice.
  const request = useRef<Promise<string[]> | null>(null);
  const [answer, setAnswer] = useState<{ roles: string[] | undefined; error: unknown }>({ roles: undefined, error: null });
  useEffect(() => {
    let current = true;
    request.current ??= client.action(dashboard.roles, {});
    request.current.then(
      (roles) => current && setAnswer({ roles, error: null }),
      (error: unknown) => current && setAnswer({ roles: undefined, error }),
    );
    return () => {
      current = false;
    };
  }, [client]);
  return answer;
}
