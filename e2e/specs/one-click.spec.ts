import { expect, test } from "@playwright/test";
import { expectOrder, payWith } from "../checkout";
import { SHOP_URL } from "../fixtures";

// Issue 4, demo shop: a card saved on the hosted page (saveCard) pays the
// next purchase in one click, charged by the shop's server with
// POST /api/v1/transactions { customerId, cardId }.
test("a card saved on the redirect checkout buys again in one click", async ({ page }) => {
  await page.goto(`${SHOP_URL}/`);
  await page.getByTestId("save-card").check();
  await page.getByTestId("checkout-redirect").click();
  await expect(page).toHaveURL(/localhost:3000\/pay\/pr_/);
  await payWith(page, "4242 4242 4242 4242");
  await expectOrder(page, "paid");
  await expect(page.getByTestId("result-card-id")).toHaveText(/^card_/);
  const savedCardId = await page.getByTestId("result-card-id").textContent();

  await page.goto(`${SHOP_URL}/`);
  const buyAgain = page.getByTestId("buy-again");
  await expect(buyAgain).toHaveText("Buy again with Visa •••• 4242");
  await buyAgain.click();
  await expectOrder(page, "paid");
  await expect(page.getByTestId("transaction-id")).toHaveText(/^tx_/);
  await expect(page.getByTestId("transaction-status")).toHaveText("captured");
  await expect(page.getByTestId("card")).toContainText(`Visa •••• 4242 ${savedCardId}`);
  // No card form was shown for the second purchase: the shop never left its own origin.
  await expect(page).toHaveURL(/127\.0\.0\.1:4000\/orders\/ord_[0-9a-f]+$/);
});
