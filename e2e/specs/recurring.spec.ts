import { expect, test } from "@playwright/test";
import { answerChallenge, expectOrder, payWith } from "../checkout";
import { SHOP_URL } from "../fixtures";

// Issue 14: "buy 3, pay in 3" on the demo shop. The hosted page shows the schedule and the consent
// before the shopper pays the first instalment with 3-D Secure; the order's test clock then advances
// two months, and the order shows the two later charges Jeton's scheduler made.
test("the shopper pays the first of three instalments with 3-D Secure; two months later the order shows the next two", async ({ page }) => {
  await page.goto(`${SHOP_URL}/`);
  await page.getByTestId("checkout-pay-in-3").click();
  await expect(page).toHaveURL(/localhost:3000\/pay\/pr_/);
  const schedule = page.getByTestId("installment-schedule");
  await expect(schedule.getByTestId("installment")).toHaveCount(3);
  await expect(schedule.getByTestId("installment").first()).toContainText("today");
  await expect(schedule.getByTestId("installment").first()).toContainText("25.00");
  await expect(page.getByTestId("installments-consent")).toContainText("saves this card");
  await expect(page.getByRole("button", { name: /Pay .*25\.00/ })).toBeVisible();

  await payWith(page, "4000 0000 0000 3220");
  await answerChallenge(page, "redirect", "123456");
  await expectOrder(page, "paid");
  await expect(page.getByTestId("plan-id")).toHaveText(/^ipl_/);
  await expect(page.getByTestId("scheduled-charge")).toHaveCount(0);

  await page.getByTestId("advance-clock").click();
  await expect(page.getByTestId("scheduled-charge")).toHaveCount(1);
  await page.getByTestId("advance-clock").click();
  const charges = page.getByTestId("scheduled-charge");
  await expect(charges).toHaveCount(2);
  await expect(charges.nth(0)).toContainText("#2");
  await expect(charges.nth(1)).toContainText("#3");
  await expect(charges.nth(1)).toContainText("captured");
  await expect(page.getByTestId("plan-status")).toHaveText("completed");
});
