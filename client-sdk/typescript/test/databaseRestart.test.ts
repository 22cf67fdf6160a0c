import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DakarCafeClient, LogLevel, PasswordSession } from "../src";
import { accounts, api, stockroom } from "./stockroom";
import { removeData, startServer, type RunningServer } from "./serverProcess";
import { until } from "./until";

// A server of its own: this file kills its embedded PostgreSQL, which the server starts again.
let server: RunningServer;
const clients: DakarCafeClient[] = [];

beforeAll(async () => {
  server = await startServer(stockroom);
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.close()));
  await server?.stop();
  if (server) {
    removeData(server);
  }
});

async function anAdmin(): Promise<DakarCafeClient> {
  const session = new PasswordSession(server.url);
  await session.signIn(accounts.staff.email, accounts.staff.password);
  const client = new DakarCafeClient({ url: server.url, tokenProvider: session.tokenProvider, logLevel: LogLevel.None });
  clients.push(client);
  await client.connect();
  return client;
}

function postmasterPid(): number {
  return Number(readFileSync(join(server.dataDirectory, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);
}

it("completes the queries and mutations made while the database restarts, each mutation applied once, and the live query resumes", async () => {
  const admin = await anAdmin();
  const item = (await admin.query(api.items.list, { limit: 1 })).items[0];
  if (!item) {
    throw new Error("the sample catalog is empty");
  }
  const before = item.stock;
  let live: number | undefined;
  admin.watch(api.items.stock, { itemId: item.id }, (result) => (live = result?.value?.stock));
  await until(() => live === before, 20_000, "the live query's first value");
  const killed = postmasterPid();

  process.kill(killed, "SIGKILL");
  const restocking = Array.from({ length: 4 }, () => admin.mutation(api.items.restock, { itemId: item.id, delta: 1 }, { timeoutMs: 60_000 }));
  const reading = admin.query(api.items.get, { id: item.id }, { timeoutMs: 60_000 });

  await Promise.all(restocking);
  expect((await reading).id).toBe(item.id);
  expect(postmasterPid()).not.toBe(killed);
  await until(() => live === before + 4, 20_000, "the live query resumed with every restock");
  expect((await admin.query(api.items.get, { id: item.id })).stock).toBe(before + 4);
}, 90_000);
