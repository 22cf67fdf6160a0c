import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

/** The environment variable whose value names the processes one test started (as the .NET tests' TestProcess). */
const markerVariable = "DAKARCAFE_TEST_PROCESS";

/** Kills a test's processes once the test process has gone, by whatever path (a worker killed on a timeout, say). */
const reaper = resolve(import.meta.dirname, "../../../tests/tools/reap-when-orphaned.sh");

/**
 * A program a test runs, with everything it starts in turn: each process inherits a marker in its environment, so
 * `stop()` kills all of them, even those that left the process tree, such as the PostgreSQL that pg_ctl daemonised for
 * the server; so do this process's exit and, should it be killed, the reaper started beside the program.
 */
export interface OwnedProcess {
  child: ChildProcess;
  /** Asks the program to stop (SIGTERM), waits `graceMs` for it, then kills whatever of it is left. */
  stop(graceMs?: number): Promise<void>;
  /** The ids of its processes still alive. */
  alive(): number[];
}

export function spawnOwned(command: string, args: string[], options: SpawnOptions): OwnedProcess {
  const marker = randomUUID();
  const child = spawn(command, args, { ...options, env: { ...(options.env ?? process.env), [markerVariable]: marker } });
  const killAll = (): void => killMarked(marker);
  process.once("exit", killAll);
  spawn("bash", [reaper, String(process.pid), marker], { detached: true, stdio: "ignore" }).unref();
  return {
    child,
    alive: () => marked(marker),
    async stop(graceMs = 30_000) {
      if (child.exitCode === null && child.signalCode === null) {
        await new Promise<void>((ok) => {
          const timer = setTimeout(ok, graceMs);
          child.once("exit", () => {
            clearTimeout(timer);
            ok();
          });
          child.kill("SIGTERM");
        });
      }

      process.off("exit", killAll);
      // Done after two empty readings in a row: a process in the middle of exec shows no environment for an instant.
      for (let deadline = Date.now() + 10_000, empty = 0; empty < 2; ) {
        const left = marked(marker);
        if (left.length > 0 && Date.now() > deadline) {
          throw new Error(`Processes ${left.join(", ")} of a test survived SIGKILL.`);
        }

        empty = left.length === 0 ? empty + 1 : 0;
        killAll();
        await new Promise((ok) => setTimeout(ok, 50));
      }
    },
  };
}

function killMarked(marker: string): void {
  for (const pid of marked(marker)) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // It exited meanwhile.
    }
  }
}

/** The running processes (zombies excluded) whose environment holds the marker. */
function marked(marker: string): number[] {
  const entry = `${markerVariable}=${marker}`;
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => read(`/proc/${pid}/environ`).split("\0").includes(entry) && read(`/proc/${pid}/cmdline`).length > 0);
}

function read(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    // Gone meanwhile, or another user's process (which ours cannot be).
    return "";
  }
}
