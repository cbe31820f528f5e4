import { expect, test, type Page } from "@playwright/test";
import { expectOrder, payWith, startCheckout } from "../checkout";
import { api, SHOP_URL } from "../fixtures";

/**
 * The expired-request test needs a request past its expiry, and the API takes no expiry under a minute:
 * the request is made (and its page shown with the form) before the file's other tests, so that its
 * minute runs while they do, and the last test only waits for what is left of it.
 */
let expiring: { id: string; expiresAt: string; page: Page };
test.beforeAll(async ({ browser }) => {
  const created = await api("POST", "/api/v1/payment-requests", {
    amount: 1000,
    currency: "EUR",
    returnUrl: `${SHOP_URL}/return/x`,
    locale: "en",
    expiresAt: new Date(Date.now() + 61_000).toISOString(),
  });
  expect(created.status).toBe(201);
  const page = await browser.newPage();
  await page.goto(created.json.url);
  await expect(page.getByLabel("Card number")).toBeVisible();
  expiring = { id: created.json.id, expiresAt: created.json.expiresAt, page };
});

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("the redirect page takes a payment with plain form posts and the shopper returns with the signed result", async ({ page }) => {
    await page.goto(`${SHOP_URL}/`);
    await page.getByTestId("checkout-redirect").click();
    await expect(page).toHaveURL(/localhost:3000\/pay\/pr_/);
    await payWith(page, "4242424242424242");
    // No script to submit the result: the ticket's button does it.
    await expect(page.getByTestId("ticket-status")).toHaveText("Payment accepted");
    await page.getByRole("button", { name: "Return to the merchant" }).click();
    await expectOrder(page, "paid");
    await expect(page.getByTestId("result-status")).toHaveText("succeeded");
  });

  test("a card the server finds invalid comes back to the form with the error on the field", async ({ page }) => {
    await page.goto(`${SHOP_URL}/`);
    await page.getByTestId("checkout-redirect").click();
    await payWith(page, "4242424242424241");
    await expect(page).toHaveURL(/\/pay\/pr_[\w-]+\?.*error=invalid_number/);
    await expect(page.getByText("The card number is not valid.").first()).toBeVisible();
    expect(page.url()).not.toContain("4242424242424241");
  });
});

test("the iframe sizes itself to the form and reports its events to the shop page only", async ({ page }) => {
  await page.goto(`${SHOP_URL}/`);
  await page.getByTestId("checkout-iframe").click();
  const status = page.getByTestId("smart-form-status");
  await expect(status).toHaveText("Secure form ready.");
  const iframe = page.locator('[data-testid="smart-form"] iframe');
  await expect.poll(async () => (await iframe.boundingBox())?.height).not.toBe(480);
  const frameHeight = (await iframe.boundingBox())!.height;
  const contentHeight = await page.frameLocator('[data-testid="smart-form"] iframe').locator("html").evaluate((el) => el.scrollHeight);
  expect(Math.abs(frameHeight - contentHeight)).toBeLessThanOrEqual(2);
  const form = page.frameLocator('[data-testid="smart-form"] iframe');
  await form.getByLabel("Card number").fill("4242 4242 4242 4242");
  await form.getByLabel("Expiry date (MM/YY)").fill("12/34");
  await form.getByLabel("Security code (CVC)").fill("123");
  await expect(status).toHaveText("Card details complete.");
});

test("the embed page refuses to be framed by an origin the merchant did not register", async ({ page }) => {
  const created = await api("POST", "/api/v1/payment-requests", { amount: 1000, currency: "EUR", returnUrl: `${SHOP_URL}/return/x` });
  expect(created.status).toBe(201);
  const url = new URL(created.json.embedUrl);
  url.searchParams.set("origin", "http://evil.localhost:4000");
  url.searchParams.set("lang", "en");
  const response = await page.request.get(url.toString());
  // Framing follows the merchant's registered origins, never the query (issue 10, framing).
  expect(response.headers()["content-security-policy"]).toContain(`frame-ancestors ${SHOP_URL}`);
  expect(response.headers()["content-security-policy"]).not.toContain("evil.localhost");
  expect(await response.text()).toContain("Embedding not allowed");
  const redirectPage = await page.request.get(created.json.url);
  expect(redirectPage.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(redirectPage.headers()["referrer-policy"]).toBe("no-referrer");
});

test("an expired payment request shows a clear page, never a form", async () => {
  test.setTimeout(120_000);
  // The page showed the form when the request was made (beforeAll); it is reloaded once the request has expired.
  const { id, expiresAt, page } = expiring;
  await page.waitForTimeout(Math.max(0, new Date(expiresAt).getTime() - Date.now() + 1000));
  await page.reload();
  await expect(page.getByTestId("ticket-status")).toHaveText("Payment request expired");
  await expect(page.getByLabel("Card number")).toHaveCount(0);
  expect((await api("GET", `/api/v1/payment-requests/${id}`)).json.status).toBe("expired");
  await page.close();
});
