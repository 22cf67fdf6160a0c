import type { DakarCafeError, QueryReference } from "@dakarcafe/client";
import { useQueryResult } from "@dakarcafe/client/react";
import { useState } from "react";

/**
 * A live query for a paged or filtered table: while new arguments load, the last value stays on screen, and an error
 * is returned for the view to show beside its filters (a boundary would take the filters away with the table).
 */
export function useKeptQuery<Args, Result>(
  query: QueryReference<Args, Result>,
  args: Args,
): { value: Result | undefined; error: DakarCafeError | undefined } {
  const result = useQueryResult(query, args);
  const [kept, setKept] = useState<Result | undefined>(undefined);
  if (result?.value !== undefined && result.value !== kept) {
    setKept(result.value);
  }

  return { value: result?.value ?? kept, error: result?.error };
}
