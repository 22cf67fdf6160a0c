import type { ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { spawnOwned } from "./ownedProcess";

/**
 * An app's server as the tests start it: built by the repository's build, run as its own process on its embedded
 * PostgreSQL. The SDK's tests start the stockroom (./stockroom); the end-to-end tests, the shop.
 */
export interface AppServer {
  /** The server project's folder, from the repository's root: its content root. */
  folder: string;
  /** Its Release assembly's file name. */
  assembly: string;
  /** Settings beside the tests' defaults (environment variables). */
  environment?: Record<string, string>;
  /** The accounts the app makes at its first start, which the tests sign in with: a start waits until each can. */
  accounts: readonly { email: string; password: string }[];
}

/** A server started by {@link startServer}. */
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
 * Starts an app's server and waits until it answers /health and every one of its accounts can sign in. Without a
 * `port` the server takes a free one itself and the address is read from its own
 * "Now listening on" line, so a test never talks to another test's server that happens to hold a port this one was
 * told was free. Reuse `dataDirectory` and `port` to restart a stopped server where its clients expect it.
 */
export async function startServer(
  app: AppServer,
  options: { dataDirectory?: string; port?: number; environment?: Record<string, string> } = {},
): Promise<RunningServer> {
  const folder = join(repository, app.folder);
  const dataDirectory = options.dataDirectory ?? mkdtempSync(join(tmpdir(), "dakarcafe-ts-"));
  // The embedded PostgreSQL runs as the postgres user, who must be able to enter the folder.
  chmodSync(dataDirectory, 0o755);
  const server = spawnOwned("dotnet", [join(folder, "bin/Release/net10.0", app.assembly), "--urls", `http://127.0.0.1:${options.port ?? 0}`], {
    cwd: folder,
    env: {
      ...process.env,
      LocalPostgres__DataDirectory: join(dataDirectory, "postgres"),
      Auth__KeysDirectory: join(dataDirectory, "keys"),
      Engine__Files__Root: join(dataDirectory, "files"),
      Engine__Limits__MutationBurst: "100000",
      Engine__Limits__SubscriptionBurst: "100000",
      Engine__Limits__QueryBurst: "100000",
      Auth__SignInBurstPerAddress: "10000",
      Auth__SignUpBurstPerAddress: "10000",
      Logging__LogLevel__Default: "Warning",
      "Logging__LogLevel__Microsoft.Hosting.Lifetime": "Information",
      Logging__Console__FormatterName: "simple",
      ...app.environment,
      ...options.environment,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  server.child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  server.child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  try {
    const url = await waitForListening(server.child, output);
    await waitForHealth(url, server.child, output);
    await waitForAccounts(url, app.accounts);
    return { url, port: Number(new URL(url).port), dataDirectory, output, stop: () => server.stop() };
  } catch (failure) {
    await server.stop(0);
    throw failure;
  }
}

/** Removes a stopped server's data. */
export function removeData(server: RunningServer): void {
  rmSync(server.dataDirectory, { recursive: true, force: true });
}

const listeningMarker = /Now listening on: (http:\/\/127\.0\.0\.1:\d+)/;

/** The address from the server's own "Now listening on" line: proof that this process, and no other, holds the port. */
async function waitForListening(child: ChildProcess, output: string[]): Promise<string> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const listening = listeningMarker.exec(output.join(""));
    if (listening?.[1]) {
      return listening[1];
    }

    if (child.exitCode !== null) {
      throw new Error(`The server exited (${child.exitCode}):\n${output.join("")}`);
    }

    await new Promise((ok) => setTimeout(ok, 100));
  }

  throw new Error(`The server did not listen in time:\n${output.join("")}`);
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

/**
 * The accounts are made in the background once the app serves, one after another: wait until every one of them can
 * sign in (the first one signing in says nothing of the others on a loaded machine).
 */
async function waitForAccounts(url: string, accounts: AppServer["accounts"]): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (const { email, password } of accounts) {
    while (!(await canSignIn(url, email, password))) {
      if (Date.now() > deadline) {
        throw new Error(`The account ${email} was not made in time.`);
      }

      await new Promise((ok) => setTimeout(ok, 250));
    }
  }
}

async function canSignIn(url: string, username: string, password: string): Promise<boolean> {
  const grant = await fetch(`${url}/connect/token`, {
    method: "POST",
    body: new URLSearchParams({ grant_type: "password", client_id: "dakarcafe-app", username, password }),
  });
  return grant.ok;
}
