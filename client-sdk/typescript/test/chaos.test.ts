import { afterAll, beforeAll, expect, it } from "vitest";
import { DakarCafeClient, DakarCafeError, ErrorCodes, LogLevel, PasswordSession, type ConnectionState, type DakarCafeClientOptions } from "../src";
import { accounts, api, stockroom } from "./stockroom";
import { ChaosProxy } from "./chaosProxy";
import { removeData, startServer, type RunningServer } from "./serverProcess";
import { until } from "./until";
import { nodeWebSocket } from "./nodeWebSocket";

// One server for this file, pinging every 500 ms so that a client with a 2 s server timeout notices a silent network.
let server: RunningServer;
const proxies: ChaosProxy[] = [];
const clients: DakarCafeClient[] = [];

beforeAll(async () => {
  server = await startServer(stockroom, { environment: { Engine__Limits__KeepAliveInterval: "00:00:00.500" } });
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.close()));
  await Promise.all(proxies.map((proxy) => proxy.stop()));
  await server?.stop();
  if (server) {
    removeData(server);
  }
});

async function aProxy(): Promise<ChaosProxy> {
  const proxy = await ChaosProxy.to(server.port);
  proxies.push(proxy);
  return proxy;
}

async function anAdmin(url: string, options: Partial<DakarCafeClientOptions> = {}): Promise<DakarCafeClient> {
  const session = new PasswordSession(server.url);
  await session.signIn(accounts.staff.email, accounts.staff.password);
  const client = new DakarCafeClient({
    url,
    tokenProvider: session.tokenProvider,
    reconnectDelayMs: 100,
    maxReconnectDelayMs: 500,
    connectTimeoutMs: 1_000,
    logLevel: LogLevel.None,
    webSocket: nodeWebSocket,
    ...options,
  });
  clients.push(client);
  await client.connect();
  return client;
}

async function stockOf(client: DakarCafeClient, itemId: string): Promise<number> {
  return (await client.query(api.items.get, { id: itemId })).stock;
}

async function anItem(client: DakarCafeClient): Promise<string> {
  const page = await client.query(api.items.list, { shelf: "beans", limit: 5 });
  return page.items[0]!.id;
}

it.each(["reset", "close"] as const)(
  "applies a mutation whose answer is lost with its connection (%s) exactly once and resolves it once",
  async (how) => {
    const proxy = await aProxy();
    const direct = await anAdmin(server.url);
    const client = await anAdmin(proxy.url);
    const itemId = await anItem(direct);
    const before = await stockOf(direct, itemId);

    proxy.blackHole.add("toClient");
    let settled = 0;
    const restocking = client.mutation(api.items.restock, { itemId, delta: 1 }).finally(() => settled++);
    await until(async () => (await stockOf(direct, itemId)) === before + 1, 20_000, "the mutation applied");
    expect(settled).toBe(0);
    proxy.drop(how);
    proxy.heal();

    expect((await restocking).stock).toBe(before + 1);
    expect(await stockOf(direct, itemId)).toBe(before + 1);
    expect(settled).toBe(1);
    expect(proxy.forwarded).toBeGreaterThanOrEqual(2);
    expect(client.connectionState.kind).toBe("connected");
  },
  60_000,
);

it("notices a network gone silent within its server timeout, abandons attempts into it, and resumes when it heals", async () => {
  const proxy = await aProxy();
  const direct = await anAdmin(server.url);
  const client = await anAdmin(proxy.url, { serverTimeoutMs: 2_000 });
  const itemId = await anItem(direct);
  const before = await stockOf(direct, itemId);
  let stock: number | undefined;
  client.watch(api.items.stock, { itemId }, (result) => (stock = result?.value?.stock));
  await until(() => stock === before, 20_000, "the live query's first value");
  const states: ConnectionState[] = [];
  client.onConnectionStateChange((state) => states.push(state));

  proxy.blackHole.add("toServer").add("toClient");
  await until(() => states.some((s) => s.kind === "reconnecting" && s.attempt >= 2), 20_000, "the silence noticed and a first attempt abandoned");
  expect(client.connectionState.kind).toBe("reconnecting");
  const restocking = client.mutation(api.items.restock, { itemId, delta: 2 });
  proxy.heal();

  expect((await restocking).stock).toBe(before + 2);
  await until(() => stock === before + 2, 20_000, "the live query resumed");
  expect(states.some((s) => s.kind === "reconnecting" && /timeout/i.test(s.lastError ?? ""))).toBe(true);
  expect(client.connectionState.kind).toBe("connected");
}, 60_000);

it("resends a mutation that timed out under its request id, answered from its receipt", async () => {
  const proxy = await aProxy();
  const direct = await anAdmin(server.url);
  const client = await anAdmin(proxy.url);
  const itemId = await anItem(direct);
  const before = await stockOf(direct, itemId);
  const args = { itemId, delta: 3 };

  proxy.blackHole.add("toClient");
  const timedOut: unknown = await client.mutation(api.items.restock, args, { timeoutMs: 1_000 }).catch((e: unknown) => e);
  await until(async () => (await stockOf(direct, itemId)) === before + 3, 20_000, "the mutation applied");
  proxy.drop("reset");
  proxy.heal();

  expect(timedOut).toBeInstanceOf(DakarCafeError);
  const error = timedOut as DakarCafeError;
  expect(error.code).toBe(ErrorCodes.timeout);
  const { requestId } = error.data as { requestId: number };
  expect((await client.mutation(api.items.restock, args, { requestId })).stock).toBe(before + 3);
  expect(await stockOf(direct, itemId)).toBe(before + 3);
  await expect(client.mutation(api.items.restock, args, { requestId: requestId + 1_000 })).rejects.toBeInstanceOf(RangeError);
}, 60_000);

it("keeps trying while connections are refused, fails a call slower than its timeout, and recovers when healed", async () => {
  const proxy = await aProxy();
  const client = await anAdmin(proxy.url);
  const states: ConnectionState[] = [];
  client.onConnectionStateChange((state) => states.push(state));

  proxy.delayMs = 400;
  const slow: unknown = await client.query(api.items.list, { limit: 1 }, { timeoutMs: 200 }).catch((e: unknown) => e);
  expect((slow as DakarCafeError).code).toBe(ErrorCodes.timeout);
  expect(client.connectionState.kind).toBe("connected");

  proxy.heal();
  proxy.refusing = true;
  proxy.drop("reset");
  await until(() => states.filter((s) => s.kind === "reconnecting").length >= 3, 20_000, "three refused attempts");
  proxy.heal();

  expect((await client.query(api.items.list, { limit: 1 })).items).toHaveLength(1);
  expect(client.connectionState.kind).toBe("connected");
}, 60_000);
