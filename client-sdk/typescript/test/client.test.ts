import { LogLevel } from "@microsoft/signalr";
import { afterAll, describe, expect, inject, it } from "vitest";
import { DakarCafeClient, DakarCafeError, PasswordSession } from "../src";
import { api, type CartView } from "./shopApi";
import { removeData, startServer } from "./serverProcess";

const url = inject("serverUrl");
const clients: DakarCafeClient[] = [];

async function signedIn(email: string, password: string, server = url, options: Partial<ConstructorParameters<typeof DakarCafeClient>[0]> = {}) {
  const session = new PasswordSession(server);
  await session.signIn(email, password);
  const client = new DakarCafeClient({
    url: server,
    tokenProvider: session.tokenProvider,
    reconnectDelayMs: 100,
    maxReconnectDelayMs: 1_000,
    logLevel: LogLevel.None,
    ...options,
  });
  clients.push(client);
  await client.connect();
  return client;
}

/** Resolves with the watched value once it satisfies `condition`. */
function until<T>(
  client: DakarCafeClient,
  watch: (onChange: () => void) => { current(): { value: T | undefined } | undefined },
  condition: (value: T) => boolean,
): Promise<T> {
  return new Promise((resolve) => {
    const check = () => {
      const value = handle.current()?.value;
      if (value !== undefined && condition(value)) {
        resolve(value);
      }
    };
    const handle = watch(check);
    check();
  });
}

async function aCapsule(client: DakarCafeClient) {
  const page = await client.query(api.products.getProducts, { category: "capsules", limit: 5 });
  return page.items.find((p) => p.inventory.stock > 20)!;
}

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
});

describe("DakarCafeClient against a running server", () => {
  it("keeps a cart in sync between two devices of one user", async () => {
    const phone = await signedIn("awa@example.sn", "Awa-Teranga-2026");
    const laptop = await signedIn("awa@example.sn", "Awa-Teranga-2026");
    await phone.mutation(api.cart.clearCart, {});
    const product = await aCapsule(phone);

    const seen = until<CartView>(
      laptop,
      (onChange) => laptop.watch(api.cart.getCart, {}, onChange),
      (cart) => cart.itemCount === 2,
    );
    const returned = await phone.mutation(api.cart.addToCart, { productId: product.id, quantity: 2 });

    expect(returned.itemCount).toBe(2);
    expect((await seen).lines[0]?.productId).toBe(product.id);
  });

  it("resolves a mutation only once its own live queries show it, and the transitions of a client stay in order", async () => {
    const client = await signedIn("moussa@example.sn", "Moussa-Teranga-2026");
    await client.mutation(api.cart.clearCart, {});
    const product = await aCapsule(client);
    const watch = client.watch(api.cart.getCart, {}, () => {});
    await until<CartView>(
      client,
      (onChange) => client.watch(api.cart.getCart, {}, onChange),
      (cart) => cart.itemCount === 0,
    );
    const versions: number[] = [];
    client.onTransition((version) => versions.push(version));

    for (let i = 1; i <= 3; i++) {
      await client.mutation(api.cart.addToCart, { productId: product.id, quantity: 1 });
      expect(watch.current()?.value?.itemCount).toBe(i);
    }

    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    watch.unsubscribe();
  });

  it("shows an optimistic update at once, then the server's value, and rolls a refused one back", async () => {
    const client = await signedIn("awa@example.sn", "Awa-Teranga-2026");
    await client.mutation(api.cart.clearCart, {});
    const product = await aCapsule(client);
    const counts: number[] = [];
    const watch = client.watch(api.cart.getCart, {}, () => counts.push(watch.current()?.value?.itemCount ?? -1));
    await until<CartView>(
      client,
      (onChange) => client.watch(api.cart.getCart, {}, onChange),
      (cart) => cart.itemCount === 0,
    );
    const addLine = (quantity: number) => (store: import("../src").OptimisticLocalStore) => {
      const cart = store.getQuery(api.cart.getCart, {});
      if (cart) {
        store.setQuery(api.cart.getCart, {}, { ...cart, itemCount: cart.itemCount + quantity });
      }
    };

    const adding = client.mutation(api.cart.addToCart, { productId: product.id, quantity: 2 }, { optimisticUpdate: addLine(2) });
    const shownAtOnce = watch.current()?.value?.itemCount;
    await adding;
    const refused = client.mutation(api.cart.addToCart, { productId: product.id, quantity: 998 }, { optimisticUpdate: addLine(998) });
    const shownBeforeRefusal = watch.current()?.value?.itemCount;

    await expect(refused).rejects.toBeInstanceOf(DakarCafeError);
    expect(shownAtOnce).toBe(2);
    expect(shownBeforeRefusal).toBe(1000);
    expect(watch.current()?.value?.itemCount).toBe(2);
    // The swap from the optimistic value to the server's may notify once more with the same count; nothing else shows.
    expect(counts.slice(counts.indexOf(2)).filter((count, i, all) => i === 0 || count !== all[i - 1])).toEqual([2, 1000, 2]);
    watch.unsubscribe();
  });

  it("answers a refused call with a structured error and stays usable", async () => {
    const client = await signedIn("awa@example.sn", "Awa-Teranga-2026");

    const error = await client
      .mutation(api.cart.addToCart, { productId: "00000000-0000-0000-0000-000000000000", quantity: 1 })
      .catch((e: unknown) => e);
    const forbidden = await client.query(api.orders.listOrders, {}).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(DakarCafeError);
    expect((error as DakarCafeError).code).toBe("NOT_FOUND");
    expect((forbidden as DakarCafeError).code).toBe("FORBIDDEN");
    expect((await client.query(api.users.getCurrentUser, {}))?.email).toBe("awa@example.sn");
  });

  it("close() settles the calls still waiting with CLIENT_CLOSED at once, and every later call fails with it", async () => {
    const client = await signedIn("awa@example.sn", "Awa-Teranga-2026");
    const product = await aCapsule(client);

    const inFlight = client.mutation(api.cart.addToCart, { productId: product.id, quantity: 1 }).then(
      () => "applied",
      (error: unknown) => (error instanceof DakarCafeError ? error.code : String(error)),
    );
    await client.close();

    expect(["applied", "CLIENT_CLOSED"]).toContain(await inFlight);
    await expect(client.mutation(api.cart.addToCart, { productId: product.id, quantity: 1 })).rejects.toMatchObject({ code: "CLIENT_CLOSED" });
    await expect(client.query(api.cart.getCart, {})).rejects.toMatchObject({ code: "CLIENT_CLOSED" });
  });

  it("after a server restart resumes its live queries and applies a mutation sent meanwhile exactly once", async () => {
    const server = await startServer();
    try {
      const admin = await signedIn("admin@dakarcafe.sn", "Admin-Teranga-2026", server.url);
      const product = await aCapsule(admin);
      const live = admin.watch(api.products.subscribeToProductChanges, { productId: product.id }, () => {});
      await until(
        admin,
        (onChange) => admin.watch(api.products.subscribeToProductChanges, { productId: product.id }, onChange),
        () => true,
      );

      await server.stop();
      const restocking = admin.mutation(api.products.adjustStock, { productId: product.id, delta: 1 });
      const restarted = await startServer({ dataDirectory: server.dataDirectory, port: server.port });
      try {
        const restocked = await restocking;
        const resumed = await until(
          admin,
          (onChange) => admin.watch(api.products.subscribeToProductChanges, { productId: product.id }, onChange),
          (info) => info.stock === product.inventory.stock + 1,
        );

        expect(restocked.inventory.stock).toBe(product.inventory.stock + 1);
        expect(resumed.stock).toBe(product.inventory.stock + 1);
        expect(live.current()?.value?.stock).toBe(product.inventory.stock + 1);
        expect((await admin.query(api.products.getProduct, { id: product.id })).inventory.stock).toBe(product.inventory.stock + 1);
      } finally {
        await restarted.stop();
      }
    } finally {
      removeData(server);
    }
    // It starts the server twice, and startServer allows each start 180 s on a slow machine.
  }, 400_000);
});
