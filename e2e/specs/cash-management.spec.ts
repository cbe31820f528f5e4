import { expect, test } from "@playwright/test";
import { expectOrder, payWith, startCheckout } from "../checkout";

// The order page's merchant buttons: the shop's server calls the Jeton API with its secret key.
test("a paid order's transaction is shown, capture and refund are refused with their codes, cancel works once", async ({ page }) => {
  const form = await startCheckout(page, "redirect");
  await payWith(form, "4242 4242 4242 4242");
  await expectOrder(page, "paid");
  await expect(page.getByTestId("transaction-api-status")).toHaveText("captured");
  await expect(page.getByTestId("transaction-amounts")).toContainText("captured 2500, refunded 0");
  await expect(page.getByText("npx jeton settle")).toBeVisible();

  // The demo captures automatically: a manual capture is refused.
  await page.getByTestId("capture-button").click();
  await expect(page.getByTestId("action-error-code")).toHaveText("transaction_not_capturable");

  // Not settled yet: no refund.
  await page.getByTestId("refund-amount").fill("100");
  await page.getByTestId("refund-button").click();
  await expect(page.getByTestId("action-error-code")).toHaveText("transaction_not_refundable");
  await expect(page.getByTestId("transaction-amounts")).toContainText("refunded 0");

  await page.getByTestId("cancel-button").click();
  await expect(page.getByTestId("action-outcome")).toHaveAttribute("data-ok", "true");
  await expect(page.getByTestId("transaction-api-status")).toHaveText("canceled");
  await page.getByTestId("cancel-button").click();
  await expect(page.getByTestId("action-error-code")).toHaveText("transaction_not_cancelable");
});
