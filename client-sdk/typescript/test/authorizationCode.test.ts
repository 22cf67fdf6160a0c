import { LogLevel } from "@microsoft/signalr";
import { afterAll, describe, expect, inject, it } from "vitest";
import { AuthorizationCodeSession, DakarCafeClient, type SessionStorage } from "../src";
import { signInOnServerPage } from "./signInPage";
import { accounts, api } from "./stockroom";

const url = inject("serverUrl");
// The partner client every DakarCafé token server knows, with its loopback redirect URI.
const clientId = "dakarcafe-partner";
const redirectUri = "http://127.0.0.1/callback";
const clients: DakarCafeClient[] = [];

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
});

function keptIn(items: Map<string, string>): SessionStorage {
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

/** A session whose `signIn()` hands the authorization URL to the test instead of a browser. */
function partnerSession(storage?: SessionStorage) {
  const started: string[] = [];
  const session = new AuthorizationCodeSession({
    server: url,
    clientId,
    redirectUri,
    ...(storage ? { storage } : {}),
    navigate: (authorizeUrl) => started.push(authorizeUrl),
  });
  return { session, started };
}

/** Signs ada in on the server's page and answers the URL the server sent the browser back to. */
async function answerFor(started: string[]): Promise<string> {
  expect(started).toHaveLength(1);
  return signInOnServerPage(started[0]!, accounts.ada.email, accounts.ada.password);
}

async function whoIs(session: AuthorizationCodeSession): Promise<string | null | undefined> {
  const client = new DakarCafeClient({ url, tokenProvider: session.tokenProvider, logLevel: LogLevel.None });
  clients.push(client);
  return (await client.query(api.users.me, {}))?.email;
}

describe("AuthorizationCodeSession against a running server", () => {
  it("signs in on the server's page with PKCE, and a client with its token calls functions as the user", async () => {
    const { session, started } = partnerSession();

    await session.signIn({ prompt: "login" });

    const authorize = new URL(started[0]!);
    expect(authorize.origin + authorize.pathname).toBe(`${url}/connect/authorize`);
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      client_id: clientId,
      redirect_uri: redirectUri,
      response_type: "code",
      scope: "offline_access email roles",
      code_challenge_method: "S256",
      prompt: "login",
    });
    const answer = await answerFor(started);
    expect(answer.startsWith(`${redirectUri}?`)).toBe(true);
    await session.completeSignIn(answer);
    expect(session.isSignedIn).toBe(true);
    expect(await whoIs(session)).toBe(accounts.ada.email);
  });

  it("refuses an answer whose state is not the one it kept, and keeps no token", async () => {
    const { session, started } = partnerSession();
    await session.signIn();
    const answer = new URL(await answerFor(started));
    answer.searchParams.set("state", "forged");

    await expect(session.completeSignIn(answer)).rejects.toMatchObject({ code: "AUTH_REQUIRED" });

    expect(session.isSignedIn).toBe(false);
    expect(await session.resume()).toBeNull();
  });

  it("refuses an answer the server gave with an error, such as a user who declined", async () => {
    const { session } = partnerSession();
    await session.signIn();

    await expect(session.completeSignIn(`${redirectUri}?error=access_denied&state=x`)).rejects.toMatchObject({ code: "AUTH_REQUIRED" });
  });

  it("refreshes its token, resumes from storage after a reload, and forgets the session at sign-out", async () => {
    const items = new Map<string, string>();
    const { session, started } = partnerSession(keptIn(items));
    await session.signIn();
    const first = await session.completeSignIn(await answerFor(started));

    const refreshed = await session.tokenProvider(true);
    expect(refreshed?.value).toBeTruthy();
    expect(refreshed?.value).not.toBe(first.value);

    const reloaded = partnerSession(keptIn(items)).session;
    expect(await reloaded.resume()).not.toBeNull();
    expect(await whoIs(reloaded)).toBe(accounts.ada.email);

    await reloaded.signOut();
    expect(items.size).toBe(0);
    expect(await partnerSession(keptIn(items)).session.resume()).toBeNull();
  });

  it("revokes its refresh token at sign-out, so that a copy of it is worth nothing", async () => {
    const items = new Map<string, string>();
    const { session, started } = partnerSession(keptIn(items));
    await session.signIn();
    await session.completeSignIn(await answerFor(started));
    const copy = items.get(`dakarcafe.${clientId}.refreshToken`)!;

    await session.signOut();

    const reused = await fetch(`${url}/connect/token`, {
      method: "POST",
      body: new URLSearchParams({ grant_type: "refresh_token", client_id: clientId, refresh_token: copy }),
    });
    expect(reused.status, "the server refuses a revoked refresh token").toBe(400);
  });
});
