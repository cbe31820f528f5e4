import { expect, type FrameLocator, type Page } from "@playwright/test";
import { SHOP_URL } from "./fixtures";

export type Mode = "redirect" | "iframe";

/** The card form: the page itself after a redirect, the Smart Form's frame in the shop. */
export function paymentScope(page: Page, mode: Mode): Page | FrameLocator {
  return mode === "redirect" ? page : page.frameLocator('[data-testid="smart-form"] iframe');
}

/** The bank's challenge page: inside the payment page, itself inside the shop in iframe mode. */
export function challengeFrame(page: Page, mode: Mode): FrameLocator {
  return paymentScope(page, mode).frameLocator('iframe[name="jeton-acs"]');
}

/** Buys the T-shirt from the demo shop's home page with the chosen checkout. */
export async function startCheckout(page: Page, mode: Mode): Promise<Page | FrameLocator> {
  await page.goto(`${SHOP_URL}/`);
  await page.getByTestId(mode === "redirect" ? "checkout-redirect" : "checkout-iframe").click();
  if (mode === "redirect") await expect(page).toHaveURL(/localhost:3000\/pay\/pr_/);
  else await expect(page).toHaveURL(/127\.0\.0\.1:4000\/orders\/ord_[0-9a-f]+\/pay$/);
  const scope = paymentScope(page, mode);
  await expect(scope.getByLabel("Card number")).toBeVisible();
  return scope;
}

export async function payWith(scope: Page | FrameLocator, number: string, { exp = "12/34", cvc = "123" } = {}): Promise<void> {
  await scope.getByLabel("Card number").fill(number);
  await scope.getByLabel("Expiry date (MM/YY)").fill(exp);
  await scope.getByLabel("Security code (CVC)").fill(cvc);
  await scope.getByRole("button", { name: /^Pay/ }).click();
}

export async function answerChallenge(page: Page, mode: Mode, code: string): Promise<void> {
  const bank = challengeFrame(page, mode);
  await bank.getByLabel("One-time code").fill(code);
  await bank.getByRole("button", { name: "Verify" }).click();
}

/** The shop's order page after the signed result came back and was verified. */
export async function expectOrder(page: Page, status: "paid" | "refused" | "canceled" | "expired" | "pending"): Promise<void> {
  await expect(page).toHaveURL(/127\.0\.0\.1:4000\/orders\/ord_[0-9a-f]+$/, { timeout: 15_000 });
  await expect(page.getByTestId("order-status")).toHaveAttribute("data-status", status);
}

/** The refusal ticket, with its human reason. */
export async function expectRefused(scope: Page | FrameLocator, reason: string | RegExp): Promise<void> {
  await expect(scope.getByTestId("ticket-status")).toHaveText("Payment refused", { timeout: 15_000 });
  await expect(scope.getByTestId("refusal-reason")).toHaveText(reason);
}

/**
 * The demo shop's server received the card token and nothing of the card: this checkout's post
 * carries `cardTokenId` and the email only, and no post (other specs' checkouts included) has the card number or a card
 * field. Field names are checked, not the whole body: a random token id may spell "cvc" or "exp".
 */
export async function expectShopReceivedOnlyToken(page: Page, cardTokenId: string, pan: string): Promise<void> {
  // Only the checkout posts: the log also holds other specs' signed results, whose base64 may spell anything.
  const received = ((await (await page.request.get(`${SHOP_URL}/debug/received`)).json()) as Array<{ path: string; body: string }>).filter(
    (r) => r.path === "/orders",
  );
  // This checkout's post, found by its token: another spec's checkout may have posted after it (2 workers).
  const ours = received.find((r) => new URLSearchParams(r.body).get("cardTokenId") === cardTokenId);
  expect([...new URLSearchParams(ours?.body ?? "").keys()].sort()).toEqual(["cardTokenId", "email"]);
  for (const { body } of received) {
    expect(body).not.toContain(pan);
    expect([...new URLSearchParams(body).keys()].filter((name) => /cvc|number|exp|pan/i.test(name))).toEqual([]);
  }
}
