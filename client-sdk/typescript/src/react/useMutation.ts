import { useMemo } from "react";
import type { MutationReference } from "../browser/functionReference";
import type { DakarCafeClient } from "../browser/sync/client";
import type { OptimisticLocalStore } from "../browser/sync/localStore";
import { useDakarCafeClient } from "./DakarCafeProvider";

/** A mutation to call from a component: resolves once the component's live queries show its effect. */
export interface ReactMutation<Args, Result> {
  (args: Args): Promise<Result>;
  /**
   * The same mutation with an optimistic update: it changes the local values at once, then gives way to the server's
   * when the commit arrives, or rolls back if the mutation fails. It must be quick and pure.
   */
  withOptimisticUpdate: (update: (store: OptimisticLocalStore, args: Args) => void) => ReactMutation<Args, Result>;
}

export function useMutation<Args, Result>(mutation: MutationReference<Args, Result>): ReactMutation<Args, Result> {
  const client = useDakarCafeClient();
  return useMemo(() => bind(client, mutation), [client, mutation]);
}

function bind<Args, Result>(
  client: DakarCafeClient,
  mutation: MutationReference<Args, Result>,
  update?: (store: OptimisticLocalStore, args: Args) => void,
): ReactMutation<Args, Result> {
  const call = (args: Args) => client.mutation(mutation, args, update ? { optimisticUpdate: (store) => update(store, args) } : undefined);
  return Object.assign(call, { withOptimisticUpdate: (next: typeof update) => bind(client, mutation, next) });
}
