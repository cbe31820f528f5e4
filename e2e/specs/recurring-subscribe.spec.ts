import { expect, test } from "@playwright/test";
import { answerChallenge, expectOrder, payWith } from "../checkout";
import { api, SHOP_URL } from "../fixtures";

// Issue 14: "subscribe monthly" on the demo shop. The shopper pays the first month on the hosted page
// with 3-D Secure, consenting to later charges; the shop subscribes the saved card from next month on.
// The order's test clock is then advanced a month through the API (it answers `advancing`, the platform's
// worker runs the due charge, the clock turns `ready`), and the order shows the second month's charge.
// Its own customer and clock: no state shared with other specs.
test("the shopper subscribes monthly with 3-D Secure; a month later on the test clock, the order shows the second charge", async ({ page }) => {
  await page.goto(`${SHOP_URL}/`);
  await page.getByTestId("checkout-subscribe").click();
  await expect(page).toHaveURL(/localhost:3000\/pay\/pr_/);
  await page.locator("#storedCredentialConsent").check();
  await payWith(page, "4000 0000 0000 3220");
  await answerChallenge(page, "redirect", "123456");
  await expectOrder(page, "paid");
  await expect(page.getByTestId("subscription-id")).toHaveText(/^sub_/);
  await expect(page.getByTestId("subscription-status")).toHaveText("active");
  await expect(page.getByTestId("scheduled-charge")).toHaveCount(0);

  const clockId = (await page.getByTestId("clock-id").textContent())!;
  const { json: clock } = await api("GET", `/api/v1/test-clocks/${clockId}`);
  const to = new Date(new Date(clock.frozenTime).getTime() + 32 * 24 * 60 * 60 * 1000).toISOString();
  const advanced = await api("POST", `/api/v1/test-clocks/${clockId}/advance`, { to });
  expect(advanced).toMatchObject({ status: 200, json: { status: "advancing", advancingTo: to } });
  await expect.poll(async () => (await api("GET", `/api/v1/test-clocks/${clockId}`)).json.status, { timeout: 20_000 }).toBe("ready");

  await page.reload();
  const charges = page.getByTestId("scheduled-charge");
  await expect(charges).toHaveCount(1);
  await expect(charges.first()).toContainText("captured");
  await expect(page.getByTestId("subscription-status")).toHaveText("active");
});
