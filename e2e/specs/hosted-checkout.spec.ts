import { expect, test } from "@playwright/test";
import { answerChallenge, challengeFrame, expectOrder, expectRefused, payWith, startCheckout, type Mode } from "../checkout";
import { PLATFORM_URL, SHOP_URL } from "../fixtures";

// Every card flow of SPEC §5, on the redirect page and in the iframe Smart Form
// (the shop on 127.0.0.1, the platform on localhost: two sites).
for (const mode of ["redirect", "iframe"] as const satisfies Mode[]) {
  test.describe(`${mode} checkout`, () => {
    test("4242 is approved frictionless and the shop shows the verified result", async ({ page }) => {
      const form = await startCheckout(page, mode);
      await expect(form.getByTestId("amount")).toHaveText(/25[.,]00/);
      await payWith(form, "4242 4242 4242 4242");
      await expectOrder(page, "paid");
      await expect(page.getByTestId("result-status")).toHaveText("succeeded");
      await expect(page.getByTestId("result-response-code")).toHaveText("00");
      await expect(page.getByTestId("result-transaction")).toHaveText(/^tx_/);
    });

    test("4000 0000 0000 3220 asks for a challenge; 123456 approves it", async ({ page }) => {
      const form = await startCheckout(page, mode);
      await payWith(form, "4000 0000 0000 3220");
      await expect(form.getByRole("heading", { name: "Verification by your bank" })).toBeVisible();
      await expect(challengeFrame(page, mode).getByText("Attempts left: 3")).toBeVisible();
      await answerChallenge(page, mode, "123456");
      await expectOrder(page, "paid");
      await expect(page.getByTestId("result-three-ds")).toHaveText(/^Y \(ECI 05, liability shift yes\)/);
    });

    test("three wrong codes fail the authentication, and another card can be tried", async ({ page }) => {
      const form = await startCheckout(page, mode);
      await payWith(form, "4000000000003220");
      const bank = challengeFrame(page, mode);
      await answerChallenge(page, mode, "000000");
      await expect(bank.getByText("Attempts left: 2")).toBeVisible();
      await answerChallenge(page, mode, "111111");
      await expect(bank.getByText("Attempts left: 1")).toBeVisible();
      await answerChallenge(page, mode, "222222");
      await expectRefused(form, "Authentication with your bank failed.");
      await form.getByRole("link", { name: "Try another card" }).click();
      await expect(form.getByLabel("Card number")).toBeEmpty();
    });

    test("Cancel in the challenge fails the authentication", async ({ page }) => {
      const form = await startCheckout(page, mode);
      await payWith(form, "4000000000003220");
      await challengeFrame(page, mode).getByRole("button", { name: "Cancel" }).click();
      await expectRefused(form, "Authentication with your bank failed.");
    });

    test("4000 0084 0000 1629 passes the challenge, then the bank declines", async ({ page }) => {
      const form = await startCheckout(page, mode);
      await payWith(form, "4000008400001629");
      await answerChallenge(page, mode, "123456");
      await expectRefused(form, /declined/i);
    });

    test("9995 is declined for insufficient funds; a retry with another card is approved", async ({ page }) => {
      const form = await startCheckout(page, mode);
      await payWith(form, "4000 0000 0000 9995");
      await expectRefused(form, "Insufficient funds. Try another card or contact your bank.");
      await form.getByRole("link", { name: "Try another card" }).click();
      await payWith(form, "4242424242424242");
      await expectOrder(page, "paid");
      await expect(page.getByTestId("result-status")).toHaveText("succeeded");
    });
  });
}

test("a paid request opened again shows the ticket, never a form", async ({ page }) => {
  const form = await startCheckout(page, "redirect");
  const payUrl = page.url();
  await payWith(form, "4242424242424242");
  await expectOrder(page, "paid");
  const orderUrl = page.url();
  await page.goto(payUrl);
  await expect(page.getByTestId("ticket-status")).toHaveText("Payment accepted");
  await expect(page.getByLabel("Card number")).toHaveCount(0);
  // Pressing the return button again posts the same token (one outcome, one token): the shop refuses the replay.
  await page.getByRole("button", { name: "Return to the merchant" }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:4000\/return\/ord_/);
  await expect(page.getByText(/\(replayed\)/)).toBeVisible();
  await page.goto(orderUrl);
  await expect(page.getByTestId("order-status")).toHaveAttribute("data-status", "paid");
});

test("pay-by-link: the link opens the hosted page and the order is paid", async ({ page }) => {
  await page.goto("/");
  await page.getByTestId("checkout-link").click();
  await expectOrder(page, "pending");
  const link = page.getByTestId("pay-link");
  await expect(link).toHaveAttribute("href", /^http:\/\/localhost:3000\/pay\/pr_/);
  await link.click();
  await payWith(page, "4242424242424242");
  await expectOrder(page, "paid");
});

test("Cancel on the payment page returns the shopper with a canceled result", async ({ page }) => {
  await startCheckout(page, "redirect");
  await page.getByRole("button", { name: "Cancel and return to the merchant" }).click();
  await expectOrder(page, "canceled");
  await expect(page.getByTestId("result-status")).toHaveText("canceled");
});

test("a query parameter never makes the redirect page framable; the Smart Form is framed by the shop's registered origins only", async ({ page, request }) => {
  await startCheckout(page, "redirect");
  const id = /\/pay\/(pr_[\w-]+)/.exec(page.url())?.[1] ?? "";
  const evil = encodeURIComponent("https://evil.example");
  const ancestorsOf = (headers: Record<string, string>) => /frame-ancestors ([^;]*)/.exec(headers["content-security-policy"] ?? "")?.[1]?.split(" ");
  for (const path of [`/pay/${id}?surface=embed&origin=${evil}`, `/pay/${id}/challenge?surface=embed&origin=${evil}`]) {
    const headers = (await request.get(`${PLATFORM_URL}${path}`, { maxRedirects: 0 })).headers();
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(ancestorsOf(headers), path).toEqual(["'none'"]);
  }
  const embed = (await request.get(`${PLATFORM_URL}/embed/${id}?origin=${evil}`)).headers();
  expect(ancestorsOf(embed)).toEqual([SHOP_URL]);
  expect(embed["x-frame-options"]).toBeUndefined();
});
