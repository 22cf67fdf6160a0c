/**
 * The delay before reconnect attempt `attempt` (0 for the first): exponential from `baseMs`, capped at `maxMs`, and
 * jittered between half and all of it so that clients dropped together do not return together.
 */
export function nextDelay(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 30));
  return ceiling / 2 + (random() * ceiling) / 2;
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
