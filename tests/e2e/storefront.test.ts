import { DakarCafeClient, PasswordSession } from "@dakarcafe/client";
import { api } from "@dakarcafe-express/api";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launch, screenshot, signedIn } from "./browser";

const storefront = inject("storefrontUrl");
const server = inject("serverUrl");
const shots = inject("screenshots");
let browser: Browser;
let admin: DakarCafeClient;

beforeAll(async () => {
  browser = await launch();
  const session = new PasswordSession(server);
  await session.signIn("admin@dakarcafe.sn", "Admin-Teranga-2026");
  admin = new DakarCafeClient({ url: server, tokenProvider: session.tokenProvider });
  await admin.connect();
});

afterAll(async () => {
  await admin?.close();
  await browser?.close();
});

async function aProduct(category: "capsules" | "machines", skip = 0) {
  const page = await admin.query(api.products.getProducts, { category, sortBy: "name", limit: 20 });
  return page.items.filter((p) => p.inventory.stock > 10)[skip]!;
}

describe("the web storefront in a real browser", () => {
  it("keeps one shopper's cart in sync between two browsers without reloading", async () => {
    const product = await aProduct("capsules", 0);
    const phone = await signedIn(browser, storefront, "awa@example.sn", "Awa-Teranga-2026");
    const laptop = await signedIn(browser, storefront, "awa@example.sn", "Awa-Teranga-2026");
    await laptop.page.goto(`${storefront}/#/cart`);
    await screenshot(laptop.page, shots, "1-cart-before");

    await phone.page.goto(`${storefront}/#/product/${product.seo.slug}`);
    await phone.page.getByRole("button", { name: "Ajouter au panier" }).click();
    await screenshot(phone.page, shots, "1-phone-added");

    await laptop.page.getByTestId("cart-line").filter({ hasText: product.name }).waitFor();
    await screenshot(laptop.page, shots, "1-cart-after-on-the-other-browser");
    expect(await laptop.page.getByTestId("cart-link").textContent()).toMatch(/\(\d+\)/);
    await phone.context.close();
    await laptop.context.close();
  });

  it("shows a price change on the product page the moment an admin makes it", async () => {
    const product = await aProduct("machines", 0);
    const shopper = await signedIn(browser, storefront, "moussa@example.sn", "Moussa-Teranga-2026");
    await shopper.page.goto(`${storefront}/#/product/${product.seo.slug}`);
    const price = shopper.page.getByTestId("price");
    await price.waitFor();
    await screenshot(shopper.page, shots, "2-price-before");
    const before = await price.textContent();

    const newPrice = product.price + 5_000;
    await admin.mutation(api.products.setPrice, { productId: product.id, price: newPrice });

    await shopper.page.waitForFunction((expected) => document.querySelector("[data-testid=price]")?.textContent?.replace(/\D/g, "").startsWith(expected), String(newPrice));
    await screenshot(shopper.page, shots, "2-price-after");
    expect(await price.textContent()).not.toBe(before);
    await shopper.context.close();
  });

  it("tracks an order placed with cash on delivery live while staff ship it, and tells the shopper in their inbox", async () => {
    const product = await aProduct("capsules", 1);
    const shopper = await signedIn(browser, storefront, "moussa@example.sn", "Moussa-Teranga-2026");
    const page = shopper.page;
    await page.goto(`${storefront}/#/product/${product.seo.slug}`);
    await page.getByRole("button", { name: "Ajouter au panier" }).click();
    await page.getByTestId("cart-link").filter({ hasNotText: "(0)" }).waitFor();
    await page.goto(`${storefront}/#/checkout`);
    await page.getByLabel("Rue").fill("Rue 10, Médina");
    await page.getByLabel("Téléphone").fill("77 123 45 67");
    await page.getByRole("button", { name: "Passer la commande" }).click();
    await page.getByTestId("order-status").waitFor();
    await screenshot(page, shots, "3-order-placed");
    const orderId = decodeURIComponent(new URL(page.url()).hash.split("/")[2]!);

    for (const [status, extra] of [["confirmed", {}], ["processing", {}], ["shipped", { carrier: "Yobante Express", trackingNumber: "YB-2211" }]] as const) {
      await admin.mutation(api.orders.updateOrderStatus, { orderId, status, ...extra });
    }

    await page.getByTestId("order-status").filter({ hasText: "Expédiée" }).waitFor();
    await page.getByTestId("carrier").filter({ hasText: "Yobante Express · YB-2211" }).waitFor();
    await screenshot(page, shots, "3-order-shipped");
    expect(await page.getByTestId("tracking").locator("li").count()).toBe(4);

    await page.getByTestId("notifications-link").filter({ hasNotText: "(0)" }).waitFor();
    await page.getByTestId("notifications-link").click();
    const shipped = page.getByTestId("notification").filter({ hasText: "expédiée" });
    await shipped.waitFor();
    expect(await shipped.textContent()).toContain("Yobante Express, numéro de suivi YB-2211");
    await screenshot(page, shots, "3-notifications");
    await page.getByRole("button", { name: "Tout marquer comme lu" }).click();
    await page.getByTestId("notifications-link").filter({ hasText: "(0)" }).waitFor();
    await shopper.context.close();
  });

  it("shows every signed-in page's data after a reload, never AUTH_REQUIRED (the kept session is resumed first)", async () => {
    const shopper = await signedIn(browser, storefront, "moussa@example.sn", "Moussa-Teranga-2026");
    const page = shopper.page;
    await page.goto(`${storefront}/#/orders`);
    await page.locator("ul.orders li a").first().click();
    await page.getByTestId("order-status").waitFor();
    const orderPath = new URL(page.url()).hash;

    const pages: [string, string][] = [
      [orderPath, "[data-testid=order-status]"],
      ["#/orders", "ul.orders li"],
      ["#/notifications", "[data-testid=notification]"],
      ["#/deliveries", "main h1"],
      ["#/cart", "main h1, [data-testid=cart-empty]"],
      ["#/checkout", "main h1, [data-testid=cart-empty]"],
    ];
    for (const [path, shown] of pages) {
      await page.goto(`${storefront}/${path}`);
      await page.reload();
      await page.locator(shown).first().waitFor();
      await screenshot(page, shots, `6-reloaded-${path.split("/")[1]}`);
      expect(await page.locator("main").textContent()).not.toMatch(/AUTH_REQUIRED|Connectez-vous/);
      await page.getByRole("button", { name: "Se déconnecter" }).waitFor();
    }

    await shopper.context.close();
  });

  it("shows a review written in another browser, and the product's new rating, without reloading", async () => {
    const product = await aProduct("capsules", 2);
    const reader = await signedIn(browser, storefront, "awa@example.sn", "Awa-Teranga-2026");
    const writer = await signedIn(browser, storefront, "moussa@example.sn", "Moussa-Teranga-2026");
    await reader.page.goto(`${storefront}/#/product/${product.seo.slug}`);
    const rating = reader.page.getByTestId("rating");
    await rating.filter({ hasNotText: "…" }).waitFor();
    const before = await rating.textContent();
    await screenshot(reader.page, shots, "4-reviews-before");

    await writer.page.goto(`${storefront}/#/product/${product.seo.slug}`);
    await writer.page.getByLabel("Votre note").selectOption("4");
    await writer.page.getByLabel("Titre").fill("Corsé et doux à la fois");
    await writer.page.getByLabel("Votre avis").fill("Parfait le matin avant le car rapide.");
    await writer.page.getByRole("button", { name: "Publier l'avis" }).click();
    await writer.page.getByRole("status").filter({ hasText: "Vous avez donné votre avis sur ce produit" }).waitFor();
    await screenshot(writer.page, shots, "4-review-published");

    await reader.page.getByTestId("review").filter({ hasText: "Corsé et doux à la fois" }).waitFor();
    await reader.page.waitForFunction((old) => document.querySelector("[data-testid=rating]")?.textContent !== old, before);
    await screenshot(reader.page, shots, "4-review-on-the-other-browser");
    expect(await reader.page.getByTestId("review").filter({ hasText: "Corsé et doux à la fois" }).textContent()).toContain("★★★★☆");
    await reader.context.close();
    await writer.context.close();
  });

  it("turns the cart into a monthly delivery, pauses, resumes and cancels it, live in the shopper's other browser", async () => {
    const product = await aProduct("capsules", 3);
    const phone = await signedIn(browser, storefront, "awa@example.sn", "Awa-Teranga-2026");
    const laptop = await signedIn(browser, storefront, "awa@example.sn", "Awa-Teranga-2026");
    await laptop.page.goto(`${storefront}/#/deliveries`);
    await laptop.page.getByRole("heading", { name: "Livraisons régulières" }).waitFor();
    const before = await laptop.page.getByTestId("recurring-delivery").count();

    await phone.page.goto(`${storefront}/#/product/${product.seo.slug}`);
    await phone.page.getByRole("button", { name: "Ajouter au panier" }).click();
    await phone.page.goto(`${storefront}/#/cart`);
    await phone.page.getByTestId("cart-line").filter({ hasText: product.name }).waitFor();
    await phone.page.goto(`${storefront}/#/checkout`);
    await phone.page.getByLabel("Rue").fill("Cité Keur Gorgui, villa 12");
    await phone.page.getByLabel("Téléphone").fill("78 555 12 34");
    await phone.page.getByLabel("Livraison").selectOption("monthly");
    await phone.page.getByRole("button", { name: "Programmer les livraisons" }).click();
    await phone.page.getByTestId("recurring-delivery").nth(before).waitFor();
    await phone.page.getByTestId("cart-link").filter({ hasText: "(0)" }).waitFor();
    await screenshot(phone.page, shots, "5-scheduled");

    const created = laptop.page.getByTestId("recurring-delivery").nth(before);
    await created.getByTestId("recurring-delivery-status").filter({ hasText: "Prochaine livraison le" }).waitFor();
    expect(await created.textContent()).toContain("Chaque mois");
    await screenshot(laptop.page, shots, "5-recurring-delivery-on-the-other-browser");

    await phone.page.getByTestId("recurring-delivery").nth(before).getByRole("button", { name: "Pause de deux semaines" }).click();
    await created.getByTestId("recurring-delivery-status").filter({ hasText: "En pause jusqu'au" }).waitFor();
    await screenshot(laptop.page, shots, "5-paused-on-the-other-browser");

    const onPhone = phone.page.getByTestId("recurring-delivery").nth(before);
    await onPhone.getByRole("button", { name: "Reprendre" }).click();
    await created.getByTestId("recurring-delivery-status").filter({ hasText: "Prochaine livraison le" }).waitFor();
    phone.page.once("dialog", (dialog) => void dialog.accept());
    await onPhone.getByRole("button", { name: "Résilier" }).click();
    await created.getByTestId("recurring-delivery-status").filter({ hasText: "Annulée" }).waitFor();
    await screenshot(laptop.page, shots, "5-cancelled-on-the-other-browser");
    await phone.context.close();
    await laptop.context.close();
  });
});
