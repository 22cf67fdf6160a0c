import type { ChildProcess } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { spawnOwned, type OwnedProcess } from "../../client-sdk/typescript/test/ownedProcess";
import { freePort, removeData, startServer, type AppServer, type RunningServer } from "../../client-sdk/typescript/test/serverProcess";

declare module "vitest" {
  export interface ProvidedContext {
    serverUrl: string;
    storefrontUrl: string;
    screenshots: string;
  }
}

const storefront = resolve(import.meta.dirname, "../../samples/web-storefront");

/**
 * The shop's server with its sample data: the catalog, and the accounts of the README. A job gets one attempt, so a
 * job that fails is failed at once (the dashboard test retries one).
 */
const shop: AppServer = {
  folder: "server/DakarCafe.Server",
  assembly: "DakarCafe.Server.dll",
  environment: { SampleData__Load: "true", Engine__Limits__MaxJobAttempts: "1" },
  accounts: [
    { email: "admin@dakarcafe.sn", password: "Admin-Teranga-2026" },
    { email: "awa@example.sn", password: "Awa-Teranga-2026" },
    { email: "moussa@example.sn", password: "Moussa-Teranga-2026" },
  ],
};

/**
 * The whole stack as a shopper meets it: the DakarCafé server (embedded PostgreSQL, sample data) and the built web
 * storefront served by Vite's preview server, which passes the sync hub and the token endpoint on to the server.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startServer(shop);
  let preview: OwnedProcess | undefined;
  try {
    const port = await freePort();
    preview = spawnOwned(resolve(storefront, "node_modules/.bin/vite"), ["preview", "--port", String(port), "--strictPort"], {
      cwd: storefront,
      env: { ...process.env, DAKARCAFE_SERVER: server.url },
      stdio: "ignore",
    });
    const storefrontUrl = `http://127.0.0.1:${port}`;
    await waitFor(storefrontUrl, preview.child);
    const screenshots = resolve(import.meta.dirname, "screenshots");
    rmSync(screenshots, { recursive: true, force: true });
    mkdirSync(screenshots, { recursive: true });
    console.log(`Screenshots of each step: ${screenshots}`);
    project.provide("serverUrl", server.url);
    project.provide("storefrontUrl", storefrontUrl);
    project.provide("screenshots", screenshots);
  } catch (failure) {
    await stopAll(server, preview);
    throw failure;
  }

  return () => stopAll(server, preview);
}

async function stopAll(server: RunningServer, preview: OwnedProcess | undefined): Promise<void> {
  try {
    await preview?.stop();
  } finally {
    await server.stop();
    removeData(server);
  }
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
    if (child.exitCode !== null) {
      throw new Error(`vite preview exited with ${child.exitCode}`);
    }

    try {
      if ((await fetch(url)).ok) {
        return;
      }
    } catch {
      // Not listening yet.
    }

    await new Promise((ok) => setTimeout(ok, 250));
  }

  throw new Error(`The storefront did not answer at ${url}`);
}
