import { useSyncExternalStore } from "react";
import type { ConnectionState } from "../browser/sync/connection";
import { useDakarCafeClient } from "./DakarCafeProvider";

/** Where the client's connection stands (`idle`, `connecting`, `connected`, `reconnecting` with its attempt and delay, `closed`), re-rendering when it changes. */
export function useConnectionState(): ConnectionState {
  const client = useDakarCafeClient();
  return useSyncExternalStore(
    (onChange) => client.onConnectionStateChange(onChange),
    () => client.connectionState,
    () => client.connectionState,
  );
}
