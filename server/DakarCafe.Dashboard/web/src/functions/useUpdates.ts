import { useState } from "react";

/** How many results a live query has shown, and when the last one came (each new result is a new object). */
export function useUpdates(result: object | undefined): { count: number; at: Date | null } {
  const [seen, setSeen] = useState<{ result: object | undefined; count: number; at: Date | null }>({ result: undefined, count: 0, at: null });
  if (result !== undefined && result !== seen.result) {
    setSeen({ result, count: seen.count + 1, at: new Date() });
  }

  return seen;
}
