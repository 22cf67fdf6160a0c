import { LogLevel } from "@microsoft/signalr";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DakarCafeClient, PasswordSession, type AccessTokenProvider } from "../src";
import { accounts, api, stockroom } from "./stockroom";
import { removeData, startServer, type RunningServer } from "./serverProcess";

let server: RunningServer;

beforeAll(async () => {
  // Access tokens that live six seconds, so that refreshes happen within the test.
  server = await startServer(stockroom, { environment: { Auth__AccessTokenLifetime: "00:00:06" } });
});

afterAll(async () => {
  await server.stop();
  removeData(server);
});

it("replaces short-lived tokens on the live connection before they expire, so live queries never lose the user", async () => {
  const session = new PasswordSession(server.url);
  await session.signIn(accounts.ada.email, accounts.ada.password);
  let refreshes = 0;
  const counting: AccessTokenProvider = async (forceRefresh) => {
    refreshes += forceRefresh ? 1 : 0;
    return session.tokenProvider(forceRefresh);
  };
  const client = new DakarCafeClient({ url: server.url, tokenProvider: counting, logLevel: LogLevel.None });
  const errors: string[] = [];
  const me = client.watch(api.users.me, {}, () => {
    const error = me.current()?.error;
    if (error) {
      errors.push(error.code);
    }
  });
  await client.connect();

  await expect.poll(() => refreshes, { timeout: 30_000, interval: 250 }).toBeGreaterThanOrEqual(2);

  expect(errors).toEqual([]);
  expect(me.current()?.value?.email).toBe(accounts.ada.email);
  expect((await client.query(api.users.me, {}))?.email).toBe(accounts.ada.email);
  me.unsubscribe();
  await client.close();
});
