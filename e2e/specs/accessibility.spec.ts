import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { payWith, startCheckout } from "../checkout";
import { api, SHOP_URL } from "../fixtures";

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

async function newRequest(locale: "fr" | "ar") {
  const created = await api("POST", "/api/v1/payment-requests", { amount: 2500, currency: "EUR", locale, returnUrl: `${SHOP_URL}/return/x` });
  expect(created.status).toBe(201);
  return created.json as { url: string };
}

for (const locale of ["fr", "ar"] as const) {
  test(`the payment page in ${locale} has no serious accessibility violation, with and without errors`, async ({ page }) => {
    await page.goto((await newRequest(locale)).url);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    if (locale === "ar") await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expectNoSeriousViolations(page);
    // The same page showing its inline errors.
    await page.locator('input[autocomplete="cc-number"]').fill("4242 4242 4242 4241");
    await page.locator('input[autocomplete="cc-exp"]').fill("01/20");
    await page.locator('input[autocomplete="cc-csc"]').fill("1");
    await page.locator('button[type="submit"]').first().click();
    await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
    await expectNoSeriousViolations(page);
  });
}

test("the challenge page and the bank's page have no serious accessibility violation", async ({ page }) => {
  const form = await startCheckout(page, "redirect");
  await payWith(form, "4000000000003220");
  await expect(page.frameLocator('iframe[name="jeton-acs"]').getByLabel("One-time code")).toBeVisible();
  await expectNoSeriousViolations(page);
});

test("the tickets (refused, accepted) have no serious accessibility violation", async ({ page }) => {
  const form = await startCheckout(page, "redirect");
  await payWith(form, "4000000000009995");
  await expect(page.getByTestId("ticket-status")).toHaveText("Payment refused");
  await expectNoSeriousViolations(page);
  const payUrl = page.url().split("?")[0]!;
  await page.getByRole("link", { name: "Try another card" }).click();
  // Stay on the ticket: no automatic return to the shop.
  await page.route(`${SHOP_URL}/return/**`, (route) => route.fulfill({ status: 204 }));
  await payWith(page, "4242424242424242");
  await expect(page.getByTestId("ticket-status")).toHaveText("Payment accepted");
  await expectNoSeriousViolations(page);
  expect(payUrl).toContain("/pay/pr_");
});
