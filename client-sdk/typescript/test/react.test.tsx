// @vitest-environment jsdom
import { LogLevel } from "@microsoft/signalr";
import { cleanup, configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { Component, type ReactNode } from "react";
import { afterAll, afterEach, describe, expect, inject, it } from "vitest";
import { AuthorizationCodeSession, DakarCafeClient, PasswordSession } from "../src";
import { signInOnServerPage } from "./signInPage";
import { accounts, api } from "./stockroom";
import { AuthLoading, DakarCafeProvider, useAuth, useConnectionState, useMutation, usePaginatedQuery, useQuery, useQueryResult } from "../src/react";

const url = inject("serverUrl");
const clients: DakarCafeClient[] = [];

function newClient() {
  const client = new DakarCafeClient({ url, logLevel: LogLevel.None });
  clients.push(client);
  return client;
}

async function signedInClient(email: string, password: string) {
  const session = new PasswordSession(url);
  await session.signIn(email, password);
  const client = newClient();
  await client.setAuth(session.tokenProvider);
  return client;
}

// A first connection (the WebSocket, then the first transition) takes more than testing-library's default second on a busy machine.
configure({ asyncUtilTimeout: 15_000 });
afterEach(cleanup);
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
});

class Boundary extends Component<{ children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <p>failed: {(this.state.error as { code?: string }).code}</p> : this.props.children;
  }
}

describe("React bindings", () => {
  it("useConnectionState follows the connection: connected, reconnecting while offline, connected again", async () => {
    const client = newClient();
    function Status() {
      const state = useConnectionState();
      return <p>{state.kind === "reconnecting" ? `reconnecting (attempt ${state.attempt})` : state.kind}</p>;
    }
    render(
      <DakarCafeProvider client={client}>
        <Status />
      </DakarCafeProvider>,
    );

    screen.getByText("idle");
    await client.connect();
    await screen.findByText("connected");
    await client.testing.goOffline();
    await screen.findByText(/^reconnecting \(attempt \d+\)$/);
    client.testing.goOnline();
    await screen.findByText("connected");
  });

  it("useQuery is undefined while loading, then shows the value, and throws a failing query's error to the boundary", async () => {
    function Catalog() {
      const page = useQuery(api.items.list, { shelf: "mugs", limit: 3 });
      return <p>{page === undefined ? "loading" : `${page.items.length} of ${page.total} mugs`}</p>;
    }
    function Missing() {
      useQuery(api.items.get, { id: "00000000-0000-0000-0000-000000000000" });
      return <p>found</p>;
    }

    render(
      <DakarCafeProvider client={newClient()}>
        <Catalog />
        <Boundary>
          <Missing />
        </Boundary>
      </DakarCafeProvider>,
    );

    expect(screen.getByText("loading")).toBeTruthy();
    await screen.findByText(/^3 of \d+ mugs$/);
    await screen.findByText("failed: NOT_FOUND");
  });

  it("useMutation with an optimistic update changes the page at once, and the server's value follows", async () => {
    const client = await signedInClient(accounts.bo.email, accounts.bo.password);
    await client.mutation(api.basket.clear, {});
    const item = (await client.query(api.items.list, { shelf: "beans", limit: 1 })).items[0]!;
    const shown: string[] = [];
    function BasketButton() {
      const basket = useQuery(api.basket.get, {});
      const add = useMutation(api.basket.add).withOptimisticUpdate((store, args) => {
        const current = store.getQuery(api.basket.get, {});
        if (current) {
          store.setQuery(api.basket.get, {}, { ...current, itemCount: current.itemCount + args.quantity });
        }
      });
      const text = basket === undefined ? "loading" : `${basket.itemCount} in basket`;
      shown.push(text);
      return <button onClick={() => void add({ itemId: item.id, quantity: 3 })}>{text}</button>;
    }

    render(
      <DakarCafeProvider client={client}>
        <BasketButton />
      </DakarCafeProvider>,
    );
    const button = await screen.findByText("0 in basket");
    fireEvent.click(button);

    expect(screen.getByRole("button").textContent).toBe("3 in basket");
    await waitFor(async () => expect((await client.query(api.basket.get, {})).itemCount).toBe(3));
    expect(screen.getByRole("button").textContent).toBe("3 in basket");
    expect(shown).not.toContain("6 in basket");
  });

  it("useAuth signs in and out, and the live queries follow the identity", async () => {
    function Account() {
      const auth = useAuth();
      const me = useQueryResult(api.users.me, auth.isLoading ? "skip" : {});
      return (
        <div>
          <p>{auth.isAuthenticated ? `signed in as ${me?.value?.email ?? "…"}` : `anonymous (${me?.error?.code ?? "…"})`}</p>
          <button onClick={() => void auth.signIn(accounts.ada.email, accounts.ada.password)}>sign in</button>
          <button onClick={() => void auth.signOut()}>sign out</button>
        </div>
      );
    }

    render(
      <DakarCafeProvider client={newClient()} session={new PasswordSession(url)}>
        <Account />
      </DakarCafeProvider>,
    );

    await screen.findByText("anonymous (AUTH_REQUIRED)");
    fireEvent.click(screen.getByText("sign in"));
    await screen.findByText(`signed in as ${accounts.ada.email}`);
    fireEvent.click(screen.getByText("sign out"));
    await screen.findByText("anonymous (AUTH_REQUIRED)");
  });

  it("after a reload with a kept session, a signed-in page shows its data at once, never AUTH_REQUIRED", async () => {
    const kept = new Map<string, string>();
    const storage = {
      getItem: (key: string) => kept.get(key) ?? null,
      setItem: (key: string, value: string) => void kept.set(key, value),
      removeItem: (key: string) => void kept.delete(key),
    };
    await new PasswordSession(url, storage).signIn(accounts.ada.email, accounts.ada.password);

    // The reload: a new client and a new session over the same storage, the signed-in page rendered at once.
    const client = newClient();
    const refusals: string[] = [];
    function MyBasket() {
      const result = useQueryResult(api.basket.get, {});
      if (result?.error) {
        refusals.push(result.error.code);
      }

      return <p>{result === undefined ? "loading" : result.error ? `failed: ${result.error.code}` : "my basket shown"}</p>;
    }
    render(
      <DakarCafeProvider client={client} session={new PasswordSession(url, storage)}>
        <AuthLoading>
          <p>resuming</p>
        </AuthLoading>
        <MyBasket />
      </DakarCafeProvider>,
    );

    screen.getByText("resuming");
    await screen.findByText("my basket shown");
    // The connection presents the kept token from its start, so the page's data may come a round trip before the
    // server's confirmation of the user that ends <AuthLoading>: both come, and nothing is ever refused.
    await waitFor(() => expect(screen.queryByText("resuming")).toBeNull());
    expect(refusals).toEqual([]);
  });

  it("useAuth follows an AuthorizationCodeSession completed before rendering, and signs it out", async () => {
    const started: string[] = [];
    const session = new AuthorizationCodeSession({
      server: url,
      clientId: "dakarcafe-partner",
      redirectUri: "http://127.0.0.1/callback",
      navigate: (authorizeUrl) => started.push(authorizeUrl),
    });
    await session.signIn();
    await session.completeSignIn(await signInOnServerPage(started[0]!, accounts.ada.email, accounts.ada.password));
    function Account() {
      const auth = useAuth();
      const me = useQueryResult(api.users.me, auth.isLoading ? "skip" : {});
      return (
        <div>
          <p>{auth.isAuthenticated ? `signed in as ${me?.value?.email ?? "…"}` : `anonymous (${me?.error?.code ?? "…"})`}</p>
          <button onClick={() => void auth.signOut()}>sign out</button>
        </div>
      );
    }

    render(
      <DakarCafeProvider client={newClient()} session={session}>
        <Account />
      </DakarCafeProvider>,
    );

    await screen.findByText(`signed in as ${accounts.ada.email}`);
    fireEvent.click(screen.getByText("sign out"));
    await screen.findByText("anonymous (AUTH_REQUIRED)");
  });

  it("usePaginatedQuery loads page after page until the end", async () => {
    function Machines() {
      const { results, status, loadMore } = usePaginatedQuery(api.items.list, { shelf: "mugs" }, { initialNumItems: 2 });
      return (
        <div>
          <p>{`${results.length} ${status}`}</p>
          <button onClick={() => loadMore(2)}>two more</button>
          <button onClick={() => loadMore(100)}>all</button>
        </div>
      );
    }

    render(
      <DakarCafeProvider client={newClient()}>
        <Machines />
      </DakarCafeProvider>,
    );

    await screen.findByText("2 canLoadMore");
    fireEvent.click(screen.getByText("two more"));
    await screen.findByText("4 canLoadMore");
    fireEvent.click(screen.getByText("all"));
    await screen.findByText(/^\d+ exhausted$/);
    const total = (await newClient().query(api.items.list, { shelf: "mugs", limit: 100 })).total;
    expect(screen.getByText(/exhausted/).textContent).toBe(`${total} exhausted`);
  });
});
