import { LogLevel } from "@microsoft/signalr";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DakarCafeClient, PasswordSession } from "../src";
import { api } from "./shopApi";
import { removeData, startServer, type RunningServer } from "./serverProcess";

let server: RunningServer;

beforeAll(async () => {
  // One mutation at a time, and a millisecond's patience for the others: most of a burst is refused OVERLOADED.
  server = await startServer({
    environment: { Engine__Limits__MaxConcurrentMutations: "1", Engine__Limits__MaxMutationQueueWait: "00:00:00.001" },
  });
});

afterAll(async () => {
  await server.stop();
  removeData(server);
});

it("sends a mutation refused as OVERLOADED again after retryAfterMs, so a burst is applied in full and exactly once", async () => {
  const session = new PasswordSession(server.url);
  await session.signIn("awa@example.sn", "Awa-Teranga-2026");
  const connectDevice = async () => {
    const client = new DakarCafeClient({ url: server.url, tokenProvider: session.tokenProvider, logLevel: LogLevel.None });
    await client.connect();
    return client;
  };
  const lead = await connectDevice();
  const devices = [lead, ...(await Promise.all(Array.from({ length: 5 }, connectDevice)))];
  const products = (await lead.query(api.products.getProducts, { limit: devices.length })).items;
  expect(products).toHaveLength(devices.length);
  await lead.mutation(api.cart.clearCart, {});

  // One product from each device, all at once: the server runs one and refuses the others until it has room.
  await Promise.all(products.map((product, i) => (devices[i] ?? lead).mutation(api.cart.addToCart, { productId: product.id, quantity: 1 })));

  const cart = await lead.query(api.cart.getCart, {});
  expect(cart.lines.map((line) => [line.productId, line.quantity]).sort()).toEqual(products.map((p) => [p.id, 1]).sort());
  await Promise.all(devices.map((device) => device.close()));
});
