import { action, DakarCafeClient, DakarCafeError, mutation, PasswordSession, query } from "@dakarcafe/client";
import { api } from "@dakarcafe-express/api";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launch, screenshot, signedIn } from "./browser";

const storefront = inject("storefrontUrl");
const server = inject("serverUrl");
const shots = inject("screenshots");
/** How long a live change may take to reach a page (a bound, not a wait). */
const patience = { timeout: 20_000 };
let browser: Browser;
let admin: DakarCafeClient;

interface Job {
  id: string;
  function: string;
  state: string;
  runAt: string;
  finishedAt: string | null;
}

beforeAll(async () => {
  browser = await launch();
  admin = await client("admin@dakarcafe.sn", "Admin-Teranga-2026");
});

afterAll(async () => {
  await admin?.close();
  await browser?.close();
});

async function client(email: string, password: string): Promise<DakarCafeClient> {
  const session = new PasswordSession(server);
  await session.signIn(email, password);
  const connected = new DakarCafeClient({ url: server, tokenProvider: session.tokenProvider });
  await connected.connect();
  return connected;
}

/** The dashboard in a browser of its own, signed in through the server's own sign-in page (authorization code flow with PKCE). */
async function dashboard(email: string, password: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "fr-SN" });
  const page = await context.newPage();
  await page.goto(`${server}/dashboard/`);
  await page.getByTestId("sign-in").click();
  await page.waitForURL(/\/auth\/sign-in/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mot de passe / Password").fill(password);
  await page.getByRole("button", { name: "Se connecter / Sign in" }).click();
  await page.waitForURL(/\/dashboard\/(#.*)?$/);
  return { context, page };
}

async function aMachine() {
  const page = await admin.query(api.products.getProducts, { category: "machines", sortBy: "name", limit: 20 });
  return page.items.filter((p) => p.inventory.stock > 10)[2]!;
}

describe("the admin dashboard in a real browser", () => {
  it("edits a product's price in the data browser, and a shopper's product page shows it live", async () => {
    const product = await aMachine();
    const shopper = await signedIn(browser, storefront, "awa@example.sn", "Awa-Teranga-2026");
    await shopper.page.goto(`${storefront}/#/product/${product.seo.slug}`);
    await shopper.page.getByTestId("price").waitFor();
    const { context, page } = await dashboard("admin@dakarcafe.sn", "Admin-Teranga-2026");

    await page.getByTestId("nav-data").click();
    await page.getByTestId("table-Product").click();
    await page.getByTestId("filter-field").selectOption("Id");
    await page.getByTestId("filter-value").fill(product.id);
    await page.getByTestId("filter-apply").click();
    await page.getByTestId(`row-${product.id}`).click();
    const json = page.getByTestId("document-json");
    await json.waitFor();
    const stored = JSON.parse(await json.inputValue()) as { Price: number };
    expect(stored.Price).toBe(product.price);
    const newPrice = product.price + 7_000;
    await json.fill(JSON.stringify({ ...stored, Price: newPrice }, null, 2));
    await screenshot(page, shots, "dashboard-1-editing-a-price");
    await page.getByTestId("save-document").click();

    await shopper.page.waitForFunction(
      (expected) => document.querySelector("[data-testid=price]")?.textContent?.replace(/\D/g, "").startsWith(expected),
      String(newPrice),
    );
    await screenshot(shopper.page, shots, "dashboard-1-storefront-shows-the-new-price");
    expect((await admin.query(api.products.getProduct, { id: product.id })).price).toBe(newPrice);

    await page.getByTestId("tab-audit").click();
    await page.getByText(`Product/${product.id}`).first().waitFor();
    await screenshot(page, shots, "dashboard-1-audit-log");
    await context.close();
    await shopper.context.close();
  });

  it("runs products:getProducts live in the runner, updates it on a price change, and shows the call in the live log", async () => {
    const { context, page } = await dashboard("admin@dakarcafe.sn", "Admin-Teranga-2026");
    await page.getByTestId("nav-functions").click();
    await page.getByTestId("function-search").fill("getProducts");
    await page.getByTestId("function-products:getProducts").click();
    await page.getByTestId("runner-args").fill(JSON.stringify({ category: "accessories", sortBy: "name", limit: 3 }));
    await page.getByTestId("run-function").click();
    const result = page.getByTestId("runner-result");
    await result.waitFor();
    const first = (await admin.query(api.products.getProducts, { category: "accessories", sortBy: "name", limit: 3 })).items[0]!;
    await expect.poll(() => result.textContent(), patience).toContain(first.name);
    const updates = page.getByTestId("runner-updates");
    const before = Number(await updates.getAttribute("data-updates"));

    const newPrice = first.price + 1_000;
    await admin.mutation(api.products.setPrice, { productId: first.id, price: newPrice });

    await expect.poll(async () => Number(await updates.getAttribute("data-updates")), patience).toBeGreaterThan(before);
    await expect.poll(() => result.textContent(), patience).toContain(String(newPrice));
    await screenshot(page, shots, "dashboard-2-runner-live");

    await page.getByTestId("nav-logs").click();
    await page.getByTestId("log-row").filter({ hasText: "products:getProducts" }).first().waitFor();
    await page.getByTestId("log-row").filter({ hasText: "products:setPrice" }).first().waitFor();
    await screenshot(page, shots, "dashboard-3-live-log");
    await page.getByTestId("nav-metrics").click();
    await page.getByTestId("metric-connections").waitFor();
    await screenshot(page, shots, "dashboard-4-metrics");
    await context.close();
  });

  it("retries a failed job and grants moderator to a shopper", async () => {
    // A job that fails: an order confirmed by staff schedules the email telling Awa, and that job is run again with
    // arguments its function refuses (through the data browser's function, as an admin could).
    const awa = await client("awa@example.sn", "Awa-Teranga-2026");
    const product = (await admin.query(api.products.getProducts, { category: "capsules", sortBy: "name", limit: 20 })).items[5]!;
    const order = await awa.mutation(api.orders.createOrder, {
      deliveryAddress: { street: "Rue 10, Médina", city: "Dakar", region: "Dakar", postalCode: null, country: "Sénégal", phone: "77 123 45 67" },
      paymentMethod: "cashOnDelivery",
      items: [{ productId: product.id, quantity: 1 }],
    });
    await awa.close();
    await admin.mutation(api.orders.updateOrderStatus, { orderId: order.id, status: "confirmed" });
    const jobs = query<{ state?: string }, { jobs: Job[] }>("_dashboard:jobs");
    let delivered: Job | undefined;
    await expect.poll(async () => (delivered = (await admin.query(jobs, { state: "succeeded" })).jobs.find((j) => j.function === "notifications:deliver")), patience).toBeDefined();
    const documents = query<{ table: string; filterField: string; filterValue: string }, { documents: { data: Record<string, unknown> }[] }>("_dashboard:documents");
    const stored = (await admin.query(documents, { table: "ScheduledJob", filterField: "Id", filterValue: delivered!.id })).documents[0]!.data;
    const pending = typeof stored.State === "number" ? 0 : "Pending";
    await admin.mutation(mutation("_dashboard:updateDocument"), {
      table: "ScheduledJob",
      id: delivered!.id,
      data: { ...stored, Args: "{}", State: pending, Attempts: 0, FinishedAt: null, RunAt: new Date().toISOString() },
    });
    let failed: Job | undefined;
    await expect.poll(async () => (failed = (await admin.query(jobs, { state: "failed" })).jobs.find((j) => j.id === delivered!.id)), patience).toBeDefined();

    const { context, page } = await dashboard("admin@dakarcafe.sn", "Admin-Teranga-2026");
    await page.getByTestId("nav-jobs").click();
    await page.getByTestId("job-state-failed").click();
    await page.getByTestId(`job-error-${failed!.id}`).waitFor();
    await screenshot(page, shots, "dashboard-5-failed-job");
    await page.getByTestId(`retry-job-${failed!.id}`).click();
    await expect.poll(async () => (await admin.query(jobs, {} as { state: string })).jobs.find((j) => j.id === failed!.id)!.finishedAt, patience)
      .not.toBe(failed!.finishedAt);
    const audit = await admin.query(query<Record<string, never>, { entries: { action: string; target: string }[] }>("_dashboard:auditLog"), {});
    expect(audit.entries[0]).toMatchObject({ action: "retryJob", target: failed!.id });

    await page.getByTestId("nav-users").click();
    await page.getByTestId("user-search").fill("moussa");
    const rows = page.locator("[data-testid^=row-]");
    await expect.poll(() => rows.count(), patience).toBe(1);
    const row = rows.filter({ hasText: "moussa@example.sn" });
    const userId = (await row.getAttribute("data-testid"))!.slice("row-".length);
    await page.getByTestId(`set-role-${userId}-moderator`).click();
    await expect.poll(() => page.getByTestId(`role-${userId}`).textContent(), patience).toContain("moderator");
    await screenshot(page, shots, "dashboard-6-moderator-granted");
    await context.close();
  });

  it("runs a query as another user, live, and audits it", async () => {
    const awa = await client("awa@example.sn", "Awa-Teranga-2026");
    await awa.mutation(api.cart.clearCart, {});
    const { context, page } = await dashboard("admin@dakarcafe.sn", "Admin-Teranga-2026");
    await page.getByTestId("nav-functions").click();
    await page.getByTestId("function-search").fill("getCart");
    await page.getByTestId("function-cart:getCart").click();
    await page.getByTestId("runas-user").check();
    await page.getByTestId("runas-search").fill("awa@");
    await page.locator("[data-testid^=runas-]").filter({ hasText: "awa@example.sn" }).click();
    await page.getByTestId("runas-chosen").waitFor();
    await page.getByTestId("run-function").click();
    const result = page.getByTestId("runner-result");
    await expect.poll(() => result.textContent(), patience).toContain('"itemCount": 0');

    const product = (await admin.query(api.products.getProducts, { category: "capsules", sortBy: "name", limit: 20 })).items[7]!;
    await awa.mutation(api.cart.addToCart, { productId: product.id, quantity: 2 });

    await expect.poll(() => result.textContent(), patience).toContain('"itemCount": 2');
    await screenshot(page, shots, "dashboard-7-runner-as-another-user");
    const audit = await admin.query(query<Record<string, never>, { entries: { action: string; target: string }[] }>("_dashboard:auditLog"), {});
    expect(audit.entries[0]!.action).toBe("impersonate");
    expect(audit.entries[0]!.target).toMatch(/^cart:getCart as /);
    await awa.mutation(api.cart.clearCart, {});
    await awa.close();
    await context.close();
  });

  it("refuses a shopper's token on every dashboard function, and shows a shopper who signs in that it is for admins", async () => {
    const catalog = await admin.query(query<Record<string, never>, { name: string; kind: string; access: string }[]>("_dashboard:functions"), {});
    const dashboardFunctions = catalog.filter((f) => f.name.startsWith("_dashboard:"));
    expect(dashboardFunctions.length).toBeGreaterThan(15);
    const awa = await client("awa@example.sn", "Awa-Teranga-2026");
    for (const f of dashboardFunctions) {
      const call = f.kind === "query" ? awa.query(query(f.name), {}) : f.kind === "mutation" ? awa.mutation(mutation(f.name), {}) : awa.action(action(f.name), {});
      const refusal = await call.then(
        () => undefined,
        (e: unknown) => (e as DakarCafeError).code,
      );
      expect(refusal, f.name).toBe(f.access === "internal" ? "UNKNOWN_FUNCTION" : "FORBIDDEN");
    }
    await awa.close();

    const { context, page } = await dashboard("awa@example.sn", "Awa-Teranga-2026");
    await page.getByTestId("not-admin").waitFor();
    await screenshot(page, shots, "dashboard-8-not-an-admin");
    await context.close();
  });
});
