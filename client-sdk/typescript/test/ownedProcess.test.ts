import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { spawnOwned } from "./ownedProcess";

describe("spawnOwned", () => {
  it("kills the program and what it started, even a process that left its tree and ignores SIGTERM", async () => {
    // A child in the program's group, and one in a session of its own (as pg_ctl's PostgreSQL), both deaf to SIGTERM.
    const owned = spawnOwned("bash", ["-c", "trap '' TERM; sleep 300 & setsid bash -c \"trap '' TERM; sleep 300\" & echo started; wait"], {
      stdio: ["ignore", "pipe", "ignore"],
    });
    await new Promise<void>((ok) => owned.child.stdout?.once("data", () => ok()));
    for (const deadline = Date.now() + 10_000; owned.alive().length < 3 && Date.now() < deadline; ) {
      await new Promise((ok) => setTimeout(ok, 50));
    }
    const started = owned.alive();

    await owned.stop(500);

    expect(started.length).toBeGreaterThanOrEqual(3);
    expect(owned.alive()).toEqual([]);
    for (const pid of started) {
      expect(running(pid), `process ${pid}`).toBe(false);
    }
  }, 30_000);
});

/** Whether the process runs: an exited one awaiting its parent (a zombie) has an empty command line. */
function running(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`).length > 0;
  } catch {
    return false;
  }
}
