import { LogLevel } from "@microsoft/signalr";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DakarCafeClient, PasswordSession } from "../src";
import { accounts, api, stockroom } from "./stockroom";
import { removeData, startServer, type RunningServer } from "./serverProcess";

let server: RunningServer;

beforeAll(async () => {
  // One mutation at a time, and a millisecond's patience for the others: most of a burst is refused OVERLOADED.
  server = await startServer(stockroom, {
    environment: { Engine__Limits__MaxConcurrentMutations: "1", Engine__Limits__MaxMutationQueueWait: "00:00:00.001" },
  });
});

afterAll(async () => {
  await server.stop();
  removeData(server);
});

it("sends a mutation refused as OVERLOADED again after retryAfterMs, so a burst is applied in full and exactly once", async () => {
  const session = new PasswordSession(server.url);
  await session.signIn(accounts.ada.email, accounts.ada.password);
  const connectDevice = async () => {
    const client = new DakarCafeClient({ url: server.url, tokenProvider: session.tokenProvider, logLevel: LogLevel.None });
    await client.connect();
    return client;
  };
  const lead = await connectDevice();
  const devices = [lead, ...(await Promise.all(Array.from({ length: 5 }, connectDevice)))];
  const items = (await lead.query(api.items.list, { limit: devices.length })).items;
  expect(items).toHaveLength(devices.length);
  await lead.mutation(api.basket.clear, {});

  // One item from each device, all at once: the server runs one and refuses the others until it has room.
  await Promise.all(items.map((item, i) => (devices[i] ?? lead).mutation(api.basket.add, { itemId: item.id, quantity: 1 })));

  const basket = await lead.query(api.basket.get, {});
  expect(basket.lines.map((line) => [line.itemId, line.quantity]).sort()).toEqual(items.map((p) => [p.id, 1]).sort());
  await Promise.all(devices.map((device) => device.close()));
});
