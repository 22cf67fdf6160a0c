import { afterAll, expect, it } from "vitest";
import { DakarCafeClient, DakarCafeError, ErrorCodes, LogLevel, PasswordSession, type ConnectionState, type QueryResult } from "../src";
import { accounts, api, stockroom } from "./stockroom";
import { freePort, removeData, startServer, type RunningServer } from "./serverProcess";
import { until } from "./until";

const servers: RunningServer[] = [];
const clients: DakarCafeClient[] = [];

afterAll(async () => {
  await Promise.all(clients.map((client) => client.close()));
  for (const server of servers) {
    await server.stop();
    removeData(server);
  }
});

function aClient(url: string, callTimeoutMs?: number, session?: PasswordSession): DakarCafeClient {
  const client = new DakarCafeClient({
    url,
    reconnectDelayMs: 100,
    maxReconnectDelayMs: 500,
    logLevel: LogLevel.None,
    tokenProvider: session?.tokenProvider ?? null,
    ...(callTimeoutMs === undefined ? {} : { callTimeoutMs }),
  });
  clients.push(client);
  return client;
}

async function rejection(call: Promise<unknown>): Promise<DakarCafeError> {
  const error: unknown = await call.then(
    () => undefined,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(DakarCafeError);
  return error as DakarCafeError;
}

// The server of the next tests starts only after its client: they share it, in order.
let url = "";

it("waits for a server that is not up yet, reconnecting with backoff, then runs the calls made meanwhile", async () => {
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  const client = aClient(url, 120_000);
  const states: ConnectionState[] = [];
  client.onConnectionStateChange((state) => states.push(state));
  expect(client.connectionState.kind).toBe("idle");

  const page = client.query(api.items.list, { limit: 2 });
  let watched: QueryResult<unknown> | undefined;
  client.watch(api.items.list, { limit: 1 }, (result) => (watched = result));
  await until(() => states.some((s) => s.kind === "reconnecting" && s.attempt >= 2), 10_000, "two failed attempts");

  // Subscriptions are rate limited here (3 at once, then 2 a second) for the test after the next.
  servers.push(
    await startServer(stockroom, { port, environment: { Engine__Limits__SubscriptionBurst: "3", Engine__Limits__SubscriptionsPerSecond: "2" } }),
  );

  expect(Array.isArray((await page).items)).toBe(true);
  await until(() => watched?.value !== undefined, 30_000, "the watched query's first value");
  expect(states[0]?.kind).toBe("connecting");
  const reconnecting = states.filter((s) => s.kind === "reconnecting");
  expect(reconnecting[0]).toMatchObject({ attempt: 1 });
  expect(reconnecting.every((s) => s.kind === "reconnecting" && s.nextDelayMs > 0 && s.nextDelayMs <= 500 && s.lastError)).toBe(true);
  expect(client.connectionState.kind).toBe("connected");
}, 180_000);

it("fails calls that cannot reach a server with TIMEOUT, and with CLIENT_CLOSED when closed while they wait", async () => {
  const nowhere = `http://127.0.0.1:${await freePort()}`;
  const client = aClient(nowhere, 300);

  const query = await rejection(client.query(api.items.list, { limit: 1 }));
  const action = await rejection(client.action(api.events.track, { event: "never_sent" }));
  const mutation = await rejection(client.mutation(api.basket.clear, {}));

  expect([query.code, action.code, mutation.code]).toEqual([ErrorCodes.timeout, ErrorCodes.timeout, ErrorCodes.timeout]);
  expect(mutation.data).toMatchObject({ requestId: expect.any(Number) as number, timeoutMs: 300 });
  expect(client.connectionState.kind).toBe("reconnecting");

  const waiting = client.query(api.items.list, { limit: 1 }, { timeoutMs: 60_000 });
  const started = Date.now();
  await client.close();
  expect((await rejection(waiting)).code).toBe(ErrorCodes.clientClosed);
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(client.connectionState.kind).toBe("closed");
});

it("asks again for subscriptions refused as RATE_LIMITED once the server allows, without a reconnect", async () => {
  const client = aClient(url);
  await client.connect();
  const results = new Map<number, QueryResult<unknown> | undefined>();
  const refused = new Set<number>();
  for (let limit = 1; limit <= 6; limit++) {
    client.watch(api.items.list, { limit }, (result) => {
      results.set(limit, result);
      if (result?.error?.code === ErrorCodes.rateLimited) {
        refused.add(limit);
      }
    });
  }

  await until(() => [...results.values()].filter((r) => r?.value !== undefined).length === 6, 20_000, "all six queries with a value");
  expect(refused.size).toBeGreaterThan(0);
  expect(client.connectionState.kind).toBe("connected");
});

it("goes offline and back through its testing hooks: calls made while offline complete once online, a mutation once", async () => {
  const session = new PasswordSession(url);
  await session.signIn(accounts.ada.email, accounts.ada.password);
  const client = aClient(url, 60_000, session);
  await client.connect();
  const before = await client.query(api.items.list, { limit: 1 });

  await client.testing.goOffline();
  await until(() => client.connectionState.kind === "reconnecting", 5_000, "reconnecting");
  let answered = false;
  const page = client.query(api.items.list, { limit: 1 }).then((p) => {
    answered = true;
    return p;
  });
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(answered).toBe(false);
  expect(client.connectionState.kind).toBe("reconnecting");

  client.testing.goOnline();
  expect((await page).items.map((p) => p.id)).toEqual(before.items.map((p) => p.id));
  expect(client.connectionState.kind).toBe("connected");

  await client.mutation(api.basket.clear, {});
  await client.testing.goOffline();
  const added = client.mutation(api.basket.add, { itemId: before.items[0]!.id, quantity: 1 });
  await new Promise((resolve) => setTimeout(resolve, 300));
  client.testing.goOnline();
  await added;
  await client.testing.dropConnection();
  const basket = await client.query(api.basket.get, {});
  expect(basket.lines.map((line) => [line.itemId, line.quantity])).toEqual([[before.items[0]!.id, 1]]);
  expect(client.connectionState.kind).toBe("connected");
});
