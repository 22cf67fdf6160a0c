import { describe, expect, it } from "vitest";
import { query } from "../functionReference";
import { LocalStore, tokenOf } from "./localStore";
import { QueryModificationKind, type Transition } from "./protocol";

interface Cart {
  count: number;
  items: string[];
}

const getCart = query<Record<string, never>, Cart>("cart:getCart");
const getProduct = query<{ id: string }, { id: string; price: number }>("products:getProduct");
const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

function transition(start: number, end: number, modifications: Transition["modifications"], confirmedMutations?: number[]): Transition {
  return { startVersion: start, endVersion: end, modifications, confirmedMutations: confirmedMutations ?? null };
}

function updated(queryId: number, value: unknown) {
  return { kind: QueryModificationKind.updated, queryId, value: json(value), hash: JSON.stringify(value) };
}

const addOne = (store: import("./localStore").OptimisticLocalStore) => {
  const cart = store.getQuery(getCart, {});
  if (cart) {
    store.setQuery(getCart, {}, { count: cart.count + 1, items: [...cart.items, "…"] });
  }
};

describe("LocalStore", () => {
  it("shares one query between subscribers of the same arguments, whatever their key order", () => {
    const store = new LocalStore();
    const first = store.acquire("products:search", { category: "capsules", limit: 10 });
    const second = store.acquire("products:search", { limit: 10, category: "capsules" });

    expect(first.isNew).toBe(true);
    expect(second.isNew).toBe(false);
    expect(second.entry).toBe(first.entry);
    expect(store.release(first.entry)).toBe(false);
    expect(store.release(second.entry)).toBe(true);
    expect(tokenOf("f", { b: 1, a: { d: 2, c: 3 } })).toBe(tokenOf("f", { a: { c: 3, d: 2 }, b: 1 }));
  });

  it("moves every query to the transition's version at once and reports only those that changed", () => {
    const store = new LocalStore();
    const cart = store.acquire(getCart.name, {}).entry;
    const product = store.acquire(getProduct.name, { id: "p1" }).entry;

    const change = store.applyTransition(
      transition(0, 5, [updated(cart.queryId, { count: 1, items: ["a"] }), updated(product.queryId, { id: "p1", price: 3500 })]),
    );
    const next = store.applyTransition(transition(5, 7, [updated(product.queryId, { id: "p1", price: 3900 })]));

    expect(change.changed).toEqual([cart, product]);
    expect(change.reachedVersion).toBe(5);
    expect(next.changed).toEqual([product]);
    expect(next.inSequence).toBe(true);
    expect(cart.version).toBe(5);
    expect(product.version).toBe(7);
    expect(product.value).toEqual({ id: "p1", price: 3900 });
  });

  it("flags a transition that does not start where the previous one ended", () => {
    const store = new LocalStore();
    store.applyTransition(transition(0, 3, []));

    expect(store.applyTransition(transition(4, 6, [])).inSequence).toBe(false);
  });

  it("applies keyed patches to the value it holds", () => {
    const store = new LocalStore();
    const list = store.acquire("items:list", {}).entry;
    store.applyTransition(
      transition(0, 1, [
        updated(list.queryId, [
          { id: "a", n: 1 },
          { id: "b", n: 2 },
        ]),
      ]),
    );

    store.applyTransition(
      transition(1, 2, [
        {
          kind: QueryModificationKind.patched,
          queryId: list.queryId,
          patch: json({ kind: "list", set: { b: { id: "b", n: 3 } }, keys: ["b", "a"] }),
          hash: "h2",
        },
      ]),
    );

    expect(list.value).toEqual([
      { id: "b", n: 3 },
      { id: "a", n: 1 },
    ]);
  });

  it("shows an optimistic update at once and drops it, without flicker, in the transition that confirms its mutation", () => {
    const store = new LocalStore();
    const cart = store.acquire(getCart.name, {}).entry;
    store.applyTransition(transition(0, 1, [updated(cart.queryId, { count: 0, items: [] })]));

    const optimistic = store.addLayer(1, addOne);
    const shownAtOnce = cart.value;
    const confirmed = store.applyTransition(transition(1, 2, [updated(cart.queryId, { count: 1, items: ["Roma"] })], [1]));
    const answer = store.settleLayer(1, 2);

    expect(optimistic.changed).toEqual([cart]);
    expect(shownAtOnce).toEqual({ count: 1, items: ["…"] });
    expect(confirmed.changed).toEqual([cart]);
    expect(cart.value).toEqual({ count: 1, items: ["Roma"] });
    expect(answer.changed).toEqual([]);
  });

  it("keeps an answered update until the store reaches its commit, then drops it", () => {
    const store = new LocalStore();
    const cart = store.acquire(getCart.name, {}).entry;
    store.applyTransition(transition(0, 1, [updated(cart.queryId, { count: 0, items: [] })]));
    store.addLayer(1, addOne);

    store.settleLayer(1, 3);
    store.applyTransition(transition(1, 2, []));
    const stillShown = cart.value;
    store.applyTransition(transition(2, 3, [updated(cart.queryId, { count: 1, items: ["Roma"] })]));

    expect(stillShown).toEqual({ count: 1, items: ["…"] });
    expect(cart.value).toEqual({ count: 1, items: ["Roma"] });
  });

  it("rolls a failed mutation's update back", () => {
    const store = new LocalStore();
    const cart = store.acquire(getCart.name, {}).entry;
    const server = { count: 0, items: [] };
    store.applyTransition(transition(0, 1, [updated(cart.queryId, server)]));
    store.addLayer(1, addOne);

    const rollback = store.settleLayer(1, undefined);

    expect(rollback.changed).toEqual([cart]);
    expect(cart.value).toEqual(server);
  });

  it("stacks the updates of several pending mutations in request order over fresh server values", () => {
    const store = new LocalStore();
    const cart = store.acquire(getCart.name, {}).entry;
    store.applyTransition(transition(0, 1, [updated(cart.queryId, { count: 0, items: [] })]));
    store.addLayer(1, addOne);
    store.addLayer(2, addOne);
    expect(cart.value).toEqual({ count: 2, items: ["…", "…"] });

    store.applyTransition(transition(1, 2, [updated(cart.queryId, { count: 1, items: ["Roma"] })], [1]));

    expect(cart.value).toEqual({ count: 2, items: ["Roma", "…"] });
  });

  it("releases version waiters only once the version is announced", async () => {
    const store = new LocalStore();
    let released = false;
    const waiting = store.waitForVersion(4).then(() => (released = true));
    store.applyTransition(transition(0, 4, []));
    await Promise.resolve();
    expect(released).toBe(false);

    for (const resolve of store.announce(4)) {
      resolve();
    }

    await waiting;
    expect(released).toBe(true);
    await expect(store.waitForVersion(3)).resolves.toBeUndefined();
  });

  it("after a reconnect resubscribes every query with the hash it holds and restarts the chain", () => {
    const store = new LocalStore();
    const cart = store.acquire(getCart.name, {}).entry;
    store.applyTransition(transition(0, 9, [updated(cart.queryId, { count: 0, items: [] })]));

    const changes = store.restart();

    expect(changes).toEqual([
      { kind: "Add", queryId: cart.queryId, function: "cart:getCart", args: "{}", hash: JSON.stringify({ count: 0, items: [] }) },
    ]);
    expect(store.applyTransition(transition(0, 10, [])).inSequence).toBe(true);
  });

  it("keeps a failed query's error until a value arrives", () => {
    const store = new LocalStore();
    const product = store.acquire(getProduct.name, { id: "x" }).entry;

    store.applyTransition(
      transition(0, 1, [{ kind: QueryModificationKind.failed, queryId: product.queryId, error: { code: "NOT_FOUND", message: "No such product." } }]),
    );
    expect(product.error?.code).toBe("NOT_FOUND");
    store.applyTransition(transition(1, 2, [updated(product.queryId, { id: "x", price: 1 })]));

    expect(product.error).toBeUndefined();
    expect(product.value).toEqual({ id: "x", price: 1 });
  });
});
