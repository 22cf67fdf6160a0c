import { LogLevel } from "@microsoft/signalr";
import { afterAll, describe, expect, inject, it } from "vitest";
import { DakarCafeClient, DakarCafeError, PasswordSession } from "../src";
import { accounts, api, type BasketView, stockroom } from "./stockroom";
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

async function anItem(client: DakarCafeClient) {
  const page = await client.query(api.items.list, { shelf: "beans", limit: 5 });
  return page.items.find((candidate) => candidate.stock > 20)!;
}

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
});

describe("DakarCafeClient against a running server", () => {
  it("keeps a basket in sync between two devices of one user", async () => {
    const phone = await signedIn(accounts.ada.email, accounts.ada.password);
    const laptop = await signedIn(accounts.ada.email, accounts.ada.password);
    await phone.mutation(api.basket.clear, {});
    const item = await anItem(phone);

    const seen = until<BasketView>(
      laptop,
      (onChange) => laptop.watch(api.basket.get, {}, onChange),
      (basket) => basket.itemCount === 2,
    );
    const returned = await phone.mutation(api.basket.add, { itemId: item.id, quantity: 2 });

    expect(returned.itemCount).toBe(2);
    expect((await seen).lines[0]?.itemId).toBe(item.id);
  });

  it("resolves a mutation only once its own live queries show it, and the transitions of a client stay in order", async () => {
    const client = await signedIn(accounts.bo.email, accounts.bo.password);
    await client.mutation(api.basket.clear, {});
    const item = await anItem(client);
    const watch = client.watch(api.basket.get, {}, () => {});
    await until<BasketView>(
      client,
      (onChange) => client.watch(api.basket.get, {}, onChange),
      (basket) => basket.itemCount === 0,
    );
    const versions: number[] = [];
    client.onTransition((version) => versions.push(version));

    for (let i = 1; i <= 3; i++) {
      await client.mutation(api.basket.add, { itemId: item.id, quantity: 1 });
      expect(watch.current()?.value?.itemCount).toBe(i);
    }

    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    watch.unsubscribe();
  });

  it("shows an optimistic update at once, then the server's value, and rolls a refused one back", async () => {
    const client = await signedIn(accounts.ada.email, accounts.ada.password);
    await client.mutation(api.basket.clear, {});
    const item = await anItem(client);
    const counts: number[] = [];
    const watch = client.watch(api.basket.get, {}, () => counts.push(watch.current()?.value?.itemCount ?? -1));
    await until<BasketView>(
      client,
      (onChange) => client.watch(api.basket.get, {}, onChange),
      (basket) => basket.itemCount === 0,
    );
    const addLine = (quantity: number) => (store: import("../src").OptimisticLocalStore) => {
      const basket = store.getQuery(api.basket.get, {});
      if (basket) {
        store.setQuery(api.basket.get, {}, { ...basket, itemCount: basket.itemCount + quantity });
      }
    };

    const adding = client.mutation(api.basket.add, { itemId: item.id, quantity: 2 }, { optimisticUpdate: addLine(2) });
    const shownAtOnce = watch.current()?.value?.itemCount;
    await adding;
    const refused = client.mutation(api.basket.add, { itemId: item.id, quantity: 998 }, { optimisticUpdate: addLine(998) });
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
    const client = await signedIn(accounts.ada.email, accounts.ada.password);

    const error = await client.mutation(api.basket.add, { itemId: "00000000-0000-0000-0000-000000000000", quantity: 1 }).catch((e: unknown) => e);
    const forbidden = await client.query(api.items.lowStock, {}).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(DakarCafeError);
    expect((error as DakarCafeError).code).toBe("NOT_FOUND");
    expect((forbidden as DakarCafeError).code).toBe("FORBIDDEN");
    expect((await client.query(api.users.me, {}))?.email).toBe(accounts.ada.email);
  });

  it("signs up a new account and is signed in as it; a refused sign-up names its field or says the email is taken", async () => {
    const session = new PasswordSession(url);
    const email = `new-${crypto.randomUUID()}@stockroom.test`;
    const refusal = (account: { name: string; email: string; password: string }) =>
      session.signUp(account).then(
        () => null,
        (e: unknown) => e as DakarCafeError,
      );

    const badEmail = await refusal({ name: "Nouveau", email: "not an email", password: "Nouveau-Stockroom-2026" });
    const shortPassword = await refusal({ name: "Nouveau", email, password: "short" });
    await session.signUp({ name: "Nouveau", email, password: "Nouveau-Stockroom-2026" });
    const taken = await refusal({ name: "Autre", email, password: "Autre-Stockroom-2026" });

    expect([badEmail?.code, badEmail?.data]).toEqual(["VALIDATION_ERROR", { field: "email" }]);
    expect([shortPassword?.code, shortPassword?.data]).toEqual(["VALIDATION_ERROR", { field: "password" }]);
    expect([taken?.code, taken?.data]).toEqual(["EMAIL_TAKEN", { field: "email" }]);
    const client = new DakarCafeClient({ url, tokenProvider: session.tokenProvider, logLevel: LogLevel.None });
    clients.push(client);
    await client.connect();
    expect((await client.query(api.users.me, {}))?.email).toBe(email);
  });

  it("close() settles the calls still waiting with CLIENT_CLOSED at once, and every later call fails with it", async () => {
    const client = await signedIn(accounts.ada.email, accounts.ada.password);
    const item = await anItem(client);

    const inFlight = client.mutation(api.basket.add, { itemId: item.id, quantity: 1 }).then(
      () => "applied",
      (error: unknown) => (error instanceof DakarCafeError ? error.code : String(error)),
    );
    await client.close();

    expect(["applied", "CLIENT_CLOSED"]).toContain(await inFlight);
    await expect(client.mutation(api.basket.add, { itemId: item.id, quantity: 1 })).rejects.toMatchObject({ code: "CLIENT_CLOSED" });
    await expect(client.query(api.basket.get, {})).rejects.toMatchObject({ code: "CLIENT_CLOSED" });
  });

  it("after a server restart resumes its live queries and applies a mutation sent meanwhile exactly once", async () => {
    const server = await startServer(stockroom);
    try {
      const admin = await signedIn(accounts.staff.email, accounts.staff.password, server.url);
      const item = await anItem(admin);
      const live = admin.watch(api.items.stock, { itemId: item.id }, () => {});
      await until(
        admin,
        (onChange) => admin.watch(api.items.stock, { itemId: item.id }, onChange),
        () => true,
      );

      await server.stop();
      const restocking = admin.mutation(api.items.restock, { itemId: item.id, delta: 1 });
      const restarted = await startServer(stockroom, { dataDirectory: server.dataDirectory, port: server.port });
      try {
        const restocked = await restocking;
        const resumed = await until(
          admin,
          (onChange) => admin.watch(api.items.stock, { itemId: item.id }, onChange),
          (info) => info.stock === item.stock + 1,
        );

        expect(restocked.stock).toBe(item.stock + 1);
        expect(resumed.stock).toBe(item.stock + 1);
        expect(live.current()?.value?.stock).toBe(item.stock + 1);
        expect((await admin.query(api.items.get, { id: item.id })).stock).toBe(item.stock + 1);
      } finally {
        await restarted.stop();
      }
    } finally {
      removeData(server);
    }
    // It starts the server twice, and startServer allows each start 180 s on a slow machine.
  }, 400_000);
});
