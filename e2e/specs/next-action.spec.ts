import { expect, test, type FrameLocator, type Page } from "@playwright/test";
import { api, PLATFORM_URL, SHOP_URL } from "../fixtures";

/** The custom checkout (token.js in the shop's own form), paid with `number`. */
async function payOnCustomForm(page: Page, number: string): Promise<void> {
  await page.goto(`${SHOP_URL}/checkout/custom`);
  await page.getByLabel(/Card number/).fill(number);
  await page.getByLabel("Expiry (MM/YY)").fill("12/34");
  await page.getByLabel("Security code").fill("123");
  await page.getByRole("button", { name: /Pay/ }).click();
}

/** The bank's page, in the challenge page, in token.js's modal over the shop. */
function bankFrame(page: Page): FrameLocator {
  return page.getByRole("dialog").frameLocator("iframe").frameLocator('iframe[name="jeton-acs"]');
}

async function orderTransaction(page: Page): Promise<Record<string, any>> {
  const id = (await page.getByTestId("transaction-id").textContent()) ?? "";
  expect(id).toMatch(/^tx_/);
  const { status, json } = await api("GET", `/api/v1/transactions/${id}`);
  expect(status).toBe(200);
  return json;
}

test("the shop's server charges a token, handleNextAction runs the challenge in a modal, and the order ends paid", async ({ page }) => {
  const created = page.waitForResponse((r) => r.url().startsWith(`${PLATFORM_URL}/api/v1/transactions/`) && r.url().includes("/status?"));
  await payOnCustomForm(page, "4000 0000 0000 3220");

  // The shop's server answered requires_action: its next page hands the client secret to token.js.
  await expect(page).toHaveURL(/127\.0\.0\.1:4000\/orders\/ord_[0-9a-f]+\/authenticate$/);
  expect((await created).status()).toBe(200);
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute("aria-modal", "true");
  await expect(dialog).toHaveAccessibleName("Verification by your bank");
  // The page behind is out of reach, and Escape does not drop the payment.
  await expect(page.locator("body > h1")).toHaveAttribute("inert", "");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeVisible();

  const bank = bankFrame(page);
  await expect(bank.getByText("€25.00")).toBeVisible();
  await bank.getByLabel("One-time code").fill("123456");
  await bank.getByRole("button", { name: "Verify" }).click();

  await expect(page).toHaveURL(/127\.0\.0\.1:4000\/orders\/ord_[0-9a-f]+$/, { timeout: 15_000 });
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId("order-status")).toHaveAttribute("data-status", "paid");
  await expect(page.getByTestId("transaction-status")).toHaveText("captured");
  const transaction = await orderTransaction(page);
  expect(transaction).toMatchObject({ status: "captured", threeDs: { transStatus: "Y", challenged: true, liabilityShift: true } });
});

test("three wrong codes end the challenge in authentication_failed, and the order is refused", async ({ page }) => {
  await payOnCustomForm(page, "4000 0000 0000 3220");
  await expect(page).toHaveURL(/\/orders\/ord_[0-9a-f]+\/authenticate$/);
  const bank = bankFrame(page);
  for (const [i, code] of ["000000", "111111", "222222"].entries()) {
    await bank.getByLabel("One-time code").fill(code);
    await bank.getByRole("button", { name: "Verify" }).click();
    // The bank's page reloads after each try: wait for it before typing again.
    if (i < 2) await expect(bank.getByRole("alert")).toHaveText(`That code is incorrect. Attempts left: ${2 - i}.`);
  }
  await expect(page).toHaveURL(/127\.0\.0\.1:4000\/orders\/ord_[0-9a-f]+$/, { timeout: 15_000 });
  await expect(page.getByTestId("order-status")).toHaveAttribute("data-status", "refused");
  await expect(page.getByTestId("transaction-status")).toHaveText("authentication_failed");
  expect(await orderTransaction(page)).toMatchObject({ status: "authentication_failed", threeDs: { transStatus: "N" } });
});

test("a frictionless decline is answered to the shop's server at once, with no challenge", async ({ page }) => {
  await payOnCustomForm(page, "4000 0000 0000 9995");
  await expect(page).toHaveURL(/127\.0\.0\.1:4000\/orders\/ord_[0-9a-f]+$/);
  await expect(page.getByTestId("order-status")).toHaveAttribute("data-status", "refused");
  await expect(page.getByTestId("decline-code")).toHaveText("insufficient_funds");
  expect(await orderTransaction(page)).toMatchObject({ status: "declined", declineCode: "insufficient_funds" });
});
