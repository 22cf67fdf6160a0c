import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { spawnOwned } from "./ownedProcess";

describe("spawnOwned", () => {
  it("kills the program and what it started, even a process that left its tree and ignores SIGTERM", async () => {
    // A child in the program's group, and one in a session of its own (as pg_ctl's PostgreSQL), both deaf to SIGTERM.
    const owned = spawnOwned("bash", ["-c", "trap '' TERM; sleep 300 & setsid bash -c \"trap '' TERM; sleep 300\" & echo started; wait"], {
      stdio: ["ignore", "pipe", "ignore"],
    });
    await new Promise<void>((ok) => owned.child.stdout?.once("data", () => ok()));
    // One reading serves both the wait and the assertions: a process caught in the middle of exec shows no environment
    // for an instant, so a second reading may miss it (seen once in CI: 2 of 3).
    let started: number[] = [];
    for (const deadline = Date.now() + 10_000; (started = owned.alive()).length < 3 && Date.now() < deadline; ) {
      await new Promise((ok) => setTimeout(ok, 50));
    }

    await owned.stop(500);

    expect(started.length).toBeGreaterThanOrEqual(3);
    expect(owned.alive()).toEqual([]);
    for (const pid of started) {
      expect(running(pid), `process ${pid}`).toBe(false);
    }
  }, 30_000);
});

describe("reap-when-orphaned.sh", () => {
  it("kills a test's marked processes once the test process is killed", async () => {
    const testProcess = spawn("sleep", ["300"], { stdio: "ignore" });
    const marked = spawn("sleep", ["300"], { stdio: "ignore", env: { ...process.env, DAKARCAFE_TEST_PROCESS: "reaper-test" } });
    const unmarked = spawn("sleep", ["300"], { stdio: "ignore" });
    const script = resolve(import.meta.dirname, "../../../tests/tools/reap-when-orphaned.sh");
    spawn("bash", [script, String(testProcess.pid), "reaper-test"], { stdio: "ignore" });
    try {
      await new Promise((ok) => setTimeout(ok, 700));
      expect(running(marked.pid!), "the test process still runs").toBe(true);

      testProcess.kill("SIGKILL");
      for (const deadline = Date.now() + 10_000; running(marked.pid!) && Date.now() < deadline; ) {
        await new Promise((ok) => setTimeout(ok, 100));
      }

      expect(running(marked.pid!)).toBe(false);
      expect(running(unmarked.pid!), "a process of another test, or none").toBe(true);
    } finally {
      for (const child of [testProcess, marked, unmarked]) {
        child.kill("SIGKILL");
      }
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
