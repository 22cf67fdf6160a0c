import { execFileSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { spawnOwned, type OwnedProcess } from "../../client-sdk/typescript/test/ownedProcess";
import { freePort } from "../../client-sdk/typescript/test/serverProcess";
import { launch, screenshot } from "./browser";

const repository = resolve(import.meta.dirname, "../..");
const shots = inject("screenshots");
const root = mkdtempSync(join(tmpdir(), "dakarcafe-template-"));
const env = { ...process.env, NUGET_PACKAGES: join(root, "packages"), DOTNET_CLI_TELEMETRY_OPTOUT: "1", DOTNET_NOLOGO: "1" };
let browser: Browser;
let server: OwnedProcess | undefined;
let preview: OwnedProcess | undefined;
let pageUrl = "";

/** Runs a command to its end in a folder, as a newcomer types it; throws with its output when it fails. */
function run(command: string, args: string[], cwd: string): void {
  execFileSync(command, args, { cwd, env, stdio: "pipe", timeout: 240_000 });
}

/** The README's commands, from the packed packages: a new app, its backend, its web page in Vite's preview server. */
beforeAll(async () => {
  chmodSync(root, 0o755);
  const feed = join(root, "feed");
  run("dotnet", ["pack", join(repository, "DakarCafe.sln"), "-c", "Release", "--no-build", "-o", feed, "-v", "quiet"], repository);
  writeFileSync(join(root, "nuget.config"), `<configuration><packageSources><add key="local" value="${feed}" /></packageSources></configuration>`);
  const hive = join(root, "hive");
  run("dotnet", ["new", "install", join(feed, "DakarCafe.Templates.0.1.0.nupkg"), "--debug:custom-hive", hive], root);
  run("dotnet", ["new", "dakarcafe-app", "-n", "Baobab", "-o", "Baobab", "--debug:custom-hive", hive], root);
  const app = join(root, "Baobab");
  copyFileSync(join(root, "nuget.config"), join(app, "nuget.config"));
  run("dotnet", ["build", "Baobab.Server", "-v", "quiet"], app);
  const serverUrl = `http://127.0.0.1:${await freePort()}`;
  server = spawnOwned("dotnet", ["run", "--no-build", "--project", "Baobab.Server", "--urls", serverUrl], { cwd: app, env, stdio: "ignore" });

  // @dakarcafe/client as the npm package it would be: the SDK packed, installed from its tarball.
  run("npm", ["pack", "--pack-destination", root, "--loglevel=error"], join(repository, "client-sdk/typescript"));
  const tarball = join(root, readdirSync(root).find((f) => f.endsWith(".tgz"))!);
  const web = join(app, "web");
  const manifest = JSON.parse(readFileSync(join(web, "package.json"), "utf8")) as { dependencies: Record<string, string> };
  manifest.dependencies["@dakarcafe/client"] = `file:${tarball}`;
  writeFileSync(join(web, "package.json"), JSON.stringify(manifest, null, 2));
  run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], web);
  run("npm", ["run", "build"], web);
  const webPort = await freePort();
  preview = spawnOwned(join(web, "node_modules/.bin/vite"), ["preview", "--port", String(webPort), "--strictPort"], {
    cwd: web,
    env: { ...env, DAKARCAFE_SERVER: serverUrl },
    stdio: "ignore",
  });
  pageUrl = `http://127.0.0.1:${webPort}`;
  await until(async () => (await fetch(`${serverUrl}/auth/sign-in`)).ok && (await fetch(pageUrl)).ok, "the app and its page answer");
  browser = await launch();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  try {
    await preview?.stop();
  } finally {
    await server?.stop();
    rmSync(root, { recursive: true, force: true });
  }
});

async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; await new Promise((ok) => setTimeout(ok, 250))) {
    try {
      if (await condition()) {
        return;
      }
    } catch {
      // Not listening yet.
    }
  }

  throw new Error(`Not within 120 s: ${what}`);
}

describe("an app made from the template, in a real browser", () => {
  it("shows a note added in one browser in another at once, without a reload", async () => {
    const writer = await browser.newContext({ viewport: { width: 1100, height: 800 } });
    const reader = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const writing = await writer.newPage();
    const reading = await reader.newPage();
    await reading.goto(pageUrl);
    await reading.getByText("No notes yet.").waitFor();

    await writing.goto(pageUrl);
    await writing.getByLabel("email").fill("awa@example.sn");
    await writing.getByLabel("password").fill("Teranga-2026");
    await writing.getByRole("button", { name: "Sign up" }).click();
    await writing.getByRole("button", { name: "Sign out" }).waitFor();
    await writing.getByLabel("note").fill("Ndank ndank mooy japp golo");
    await writing.getByRole("button", { name: "Add" }).click();

    const seen = reading.getByRole("list", { name: "notes" }).getByText("Ndank ndank mooy japp golo");
    await seen.waitFor({ timeout: 10_000 });
    expect(await seen.count()).toBe(1);
    await screenshot(writing, shots, "template-writer");
    await screenshot(reading, shots, "template-reader");
    await writer.close();
    await reader.close();
  });
});
