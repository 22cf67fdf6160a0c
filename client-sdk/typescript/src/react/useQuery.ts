import { useMemo, useSyncExternalStore } from "react";
import type { QueryReference } from "../browser/functionReference";
import type { QueryResult, Watch } from "../browser/sync/client";
import { tokenOf } from "../browser/sync/localStore";
import { useDakarCafeClient } from "./DakarCafeProvider";

/**
 * Follows a query live: `undefined` while loading, then its value, re-rendering whenever the server pushes a new
 * one (or an optimistic update changes it). A query that fails throws its `DakarCafeError` during render, for the
 * nearest error boundary to show; it keeps following, so a later value clears the error. Pass `"skip"` to not
 * subscribe (while the arguments are not known yet, say). Components following the same query share one
 * subscription.
 */
export function useQuery<Args, Result>(query: QueryReference<Args, Result>, args: Args | "skip"): Result | undefined {
  const result = useQueryResult(query, args);
  if (result?.error) {
    throw result.error;
  }

  return result?.value;
}

/** Like `useQuery`, but returns the error instead of throwing it: `{ value, error }`, or `undefined` while loading. */
export function useQueryResult<Args, Result>(query: QueryReference<Args, Result>, args: Args | "skip"): QueryResult<Result> | undefined {
  const client = useDakarCafeClient();
  const key = args === "skip" ? null : tokenOf(query.name, args);
  const source = useMemo(() => {
    let watch: Watch<Result> | undefined;
    return {
      subscribe: (onChange: () => void) => {
        if (key === null) {
          return () => {};
        }

        watch = client.watch(query, args as Args, onChange);
        onChange();
        return () => {
          watch?.unsubscribe();
          watch = undefined;
        };
      },
      current: () => watch?.current(),
    };
    // The key stands for the query and its arguments: a new object with the same content is the same query.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, key]);
  return useSyncExternalStore(source.subscribe, source.current, source.current);
}
