import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launch, screenshot } from "./browser";

const storefront = inject("storefrontUrl");
const shots = inject("screenshots");
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

/** The page fits its window: nothing makes it scroll sideways. */
async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, `${where}: the page is ${scrollWidth} px wide in a ${innerWidth} px window`).toBeLessThanOrEqual(innerWidth);
}

/** On a phone, every control a thumb presses (buttons, fields, the header's links) is at least 44 px tall. */
async function expectThumbSizedControls(page: Page, where: string): Promise<void> {
  const small = await page.$$eval("button, input, select, .button, header a", (controls) =>
    controls
      .filter((control) => (control as HTMLElement).offsetParent !== null)
      .map((control) => ({ what: control.outerHTML.slice(0, 60), height: control.getBoundingClientRect().height }))
      .filter((control) => control.height < 44),
  );
  expect(small, `${where}: controls under 44 px`).toEqual([]);
}

/** Whole francs from a text such as "21 442 FCFA". */
function francs(text: string | null): number {
  return Number((text ?? "").replace(/\D/g, ""));
}

const sizes = [
  { name: "phone", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  { name: "desktop", viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false },
] as const;

describe.each(sizes)("a new shopper on a $name ($viewport.width × $viewport.height)", (size) => {
  it("sees every product's picture, signs up, is told in French what is wrong with a phone number, and pays exactly the quoted total", async () => {
    const context = await browser.newContext({ viewport: size.viewport, isMobile: size.isMobile, hasTouch: size.hasTouch, locale: "fr-SN" });
    try {
      const page = await context.newPage();
      await page.goto(`${storefront}/#/`);
      await page.getByTestId("product-card").first().waitFor();
      await page.waitForFunction(() => {
        const images = Array.from(document.querySelectorAll<HTMLImageElement>("[data-testid=product-card] img"));
        return images.length > 0 && images.every((image) => image.complete);
      });
      const cards = await page.getByTestId("product-card").count();
      const loaded = await page.$$eval("[data-testid=product-card] img", (images) => images.filter((image) => (image as HTMLImageElement).naturalWidth > 0).length);
      expect(loaded, "every product card's picture loaded").toBe(cards);
      await expectNoSidewaysScroll(page, "catalog");
      if (size.isMobile) {
        await expectThumbSizedControls(page, "catalog");
        await page.getByRole("button", { name: "Menu" }).click();
        await page.getByRole("link", { name: "Créer un compte" }).waitFor();
        await expectThumbSizedControls(page, "catalog with its menu open");
        await screenshot(page, shots, `${size.name}-1-menu`);
        await page.getByRole("button", { name: "Menu" }).click();
      }
      await screenshot(page, shots, `${size.name}-1-catalog`);

      await page.getByRole("searchbox").fill("introuvable-zzz");
      await page.getByTestId("no-results").waitFor();
      await screenshot(page, shots, `${size.name}-2-no-results`);
      await page.getByRole("button", { name: "Voir tout le catalogue" }).click();
      await page.getByTestId("product-card").first().waitFor();

      await page.goto(`${storefront}/#/signup`);
      await page.getByLabel("Nom complet").fill("Fatou Diop");
      await page.getByLabel("E-mail").fill("pas-une-adresse");
      await page.getByLabel("Mot de passe").fill("Fatou-Teranga-2026");
      await page.getByRole("button", { name: "Créer un compte" }).click();
      await page.getByTestId("error-email").filter({ hasText: "Entrez une adresse e-mail valide" }).waitFor();
      await page.getByLabel("E-mail").fill(`fatou-${randomUUID()}@example.sn`);
      await page.getByRole("button", { name: "Créer un compte" }).click();
      await page.getByTestId("product-card").first().waitFor();
      await expectNoSidewaysScroll(page, "catalog, signed in");

      await page.getByTestId("product-card").first().locator("a").click();
      await page.getByRole("button", { name: "Ajouter au panier" }).click();
      await page.getByTestId("cart-link").filter({ hasNotText: "(0)" }).waitFor();
      await expectNoSidewaysScroll(page, "product page");
      await screenshot(page, shots, `${size.name}-3-product`);

      await page.goto(`${storefront}/#/cart`);
      await page.getByTestId("breakdown").waitFor();
      await page.getByRole("spinbutton").fill("9999");
      await page.getByTestId("quantity-notice").filter({ hasText: /Plus que \d+ en stock|Au plus 999/ }).waitFor();
      await page.getByRole("spinbutton").fill("2");
      // The quote follows the cart a round trip later.
      await page.waitForFunction(() => {
        const digits = (selector: string) => document.querySelector(selector)?.textContent?.replace(/\D/g, "");
        return digits(".line-total") !== undefined && digits(".line-total") === digits("[data-testid=subtotal]");
      });
      await expectNoSidewaysScroll(page, "cart");
      await screenshot(page, shots, `${size.name}-4-cart`);

      await page.goto(`${storefront}/#/checkout`);
      await page.getByLabel("Rue").fill("Rue 10, Médina");
      await page.getByLabel("Téléphone").fill("+221 12 34");
      await page.getByLabel("Région").selectOption("Saint-Louis");
      await page.getByTestId("shipping").filter({ hasText: /3\s?500|Offerte/ }).waitFor();
      await page.getByTestId("place-order").click();
      await page.getByTestId("error-phone").filter({ hasText: "Entrez un numéro sénégalais" }).waitFor();
      expect(await page.locator("form").textContent()).not.toContain("VALIDATION_ERROR");
      await expectNoSidewaysScroll(page, "checkout");
      if (size.isMobile) {
        await expectThumbSizedControls(page, "checkout");
      }
      await screenshot(page, shots, `${size.name}-5-checkout-bad-phone`);

      const quoted = francs(await page.getByTestId("total").textContent());
      const { subtotal, tax, shipping } = {
        subtotal: francs(await page.getByTestId("subtotal").textContent()),
        tax: francs(await page.getByTestId("tax").textContent()),
        shipping: francs(await page.getByTestId("shipping").textContent()),
      };
      expect(quoted, "the quote adds up").toBe(subtotal + tax + shipping);
      await page.getByLabel("Téléphone").fill("77 123 45 67");
      await page.getByTestId("place-order").click();
      await page.getByTestId("order-status").waitFor();
      await page.getByTestId("order-lines").waitFor();
      expect(francs(await page.getByTestId("total").textContent()), "the order costs what checkout quoted").toBe(quoted);
      expect(await page.getByTestId("order-lines").locator("li").count()).toBe(1);
      await expectNoSidewaysScroll(page, "order");
      await screenshot(page, shots, `${size.name}-6-order`);
    } finally {
      await context.close();
    }
  });
});
