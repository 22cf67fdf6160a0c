/** Polls `condition` every 25 ms until it holds, failing after `withinMs` with what was awaited. */
export async function until(condition: () => boolean | Promise<boolean>, withinMs: number, what: string): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!(await condition())) {
    if (Date.now() > deadline) {
      throw new Error(`Not within ${withinMs} ms: ${what}`);
    }

    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
