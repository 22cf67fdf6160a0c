import type { ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { spawnOwned } from "./ownedProcess";

/** The DakarCafé server, built by the repository's build, run as its own process on an embedded PostgreSQL. */
export interface RunningServer {
  url: string;
  port: number;
  dataDirectory: string;
  /** What the server printed, for diagnosing a failure. */
  output: string[];
  /** Stops the server (SIGTERM, as a service manager would), then kills whatever of it is left. */
  stop(): Promise<void>;
}

const repository = resolve(import.meta.dirname, "../../..");
const serverDll = join(repository, "server/DakarCafe.Server/bin/Release/net10.0/DakarCafe.Server.dll");

/** A free port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? ok(address.port) : fail(new Error("no port"))));
    });
  });
}

/**
 * Starts the server with its sample data (the admin and shopper accounts of the README, the catalog) and waits until
 * it answers /health. Reuse `dataDirectory` and `port` to restart a stopped server where its clients expect it.
 */
export async function startServer(
  options: { dataDirectory?: string; port?: number; environment?: Record<string, string> } = {},
): Promise<RunningServer> {
  const port = options.port ?? (await freePort());
  const dataDirectory = options.dataDirectory ?? mkdtempSync(join(tmpdir(), "dakarcafe-ts-"));
  // The embedded PostgreSQL runs as the postgres user, who must be able to enter the folder.
  chmodSync(dataDirectory, 0o755);
  const url = `http://127.0.0.1:${port}`;
  const server = spawnOwned("dotnet", [serverDll, "--urls", url], {
    cwd: join(repository, "server/DakarCafe.Server"),
    env: {
      ...process.env,
      LocalPostgres__DataDirectory: join(dataDirectory, "postgres"),
      Auth__KeysDirectory: join(dataDirectory, "keys"),
      SampleData__Load: "true",
      Engine__Limits__MutationBurst: "100000",
      Engine__Limits__SubscriptionBurst: "100000",
      Engine__Limits__QueryBurst: "100000",
      Auth__SignInBurstPerAddress: "10000",
      Auth__SignUpBurstPerAddress: "10000",
      Logging__LogLevel__Default: "Warning",
      ...options.environment,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  server.child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  server.child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  try {
    await waitForHealth(url, server.child, output);
    await waitForSampleAccounts(url);
  } catch (failure) {
    await server.stop(0);
    throw failure;
  }

  return { url, port, dataDirectory, output, stop: () => server.stop() };
}

/** Removes a stopped server's data. */
export function removeData(server: RunningServer): void {
  rmSync(server.dataDirectory, { recursive: true, force: true });
}

async function waitForHealth(url: string, child: ChildProcess, output: string[]): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The server exited (${child.exitCode}):\n${output.join("")}`);
    }

    try {
      const health = await fetch(`${url}/health`);
      if (health.ok) {
        return;
      }
    } catch {
      // Not listening yet.
    }

    await new Promise((ok) => setTimeout(ok, 250));
  }

  throw new Error(`The server did not become healthy in time:\n${output.join("")}`);
}

/** The sample accounts are created in the background once the database is ready: wait until one can sign in. */
async function waitForSampleAccounts(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const grant = await fetch(`${url}/connect/token`, {
      method: "POST",
      body: new URLSearchParams({
        grant_type: "password",
        client_id: "dakarcafe-app",
        username: "admin@dakarcafe.sn",
        password: "Admin-Teranga-2026",
      }),
    });
    if (grant.ok) {
      return;
    }

    await new Promise((ok) => setTimeout(ok, 250));
  }

  throw new Error("The sample accounts were not created in time.");
}
