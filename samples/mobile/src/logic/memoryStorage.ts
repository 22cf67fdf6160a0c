import type { SessionStorage } from "@dakarcafe/client";

/**
 * A session store kept in memory: the app stays signed in while it runs. A production app passes a persistent,
 * secure store here (expo-secure-store) through the same three methods.
 */
export function memoryStorage(): SessionStorage {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}
