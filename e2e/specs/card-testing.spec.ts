import { expect, test, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import { merchant, PLATFORM_URL, SHOP_URL } from "../fixtures";

/**
 * Card-testing defence (docs/risk.md#card-testing-defence), at the platform's documented defaults
 * per client IP: challenge past 10 attempts in the hour, block past 30. scripts/e2e.mjs makes the
 * loopback address a trusted proxy (and leaves it uncounted, the other specs all come from it), so each
 * actor below gets its own client address from X-Forwarded-For.
 */
const CHALLENGE_AFTER = 10;
const BLOCK_AFTER = 30;
const CARDS = 50;

/** Precise reasons that must never reach the script (the page, the JSON, the signed result, the shop's page). */
const PRECISE = /stolen|reported lost|lost_card|fraudulent|suspected fraud|blacklist/i;

/** 50 different Luhn-valid Visa numbers, the SPEC's lost, stolen and fraudulent cards first. */
function cardNumbers(seed: number): string[] {
  const numbers = ["4000000000009979", "4000000000009987", "4100000000000019"];
  for (let i = 0; numbers.length < CARDS; i++) {
    const body = `4${String(seed).padStart(3, "0")}${String(i).padStart(11, "0")}`;
    let sum = 0;
    for (let k = 0; k < body.length; k++) {
      let digit = Number(body[body.length - 1 - k]);
      if (k % 2 === 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      sum += digit;
    }
    numbers.push(body + String((10 - (sum % 10)) % 10));
  }
  return numbers;
}

/** Every request of the context to the platform carries the actor's address, as a trusted proxy would. */
async function fromAddress(context: BrowserContext, ip: string): Promise<void> {
  await context.route(`${PLATFORM_URL}/**`, (route) => route.continue({ headers: { ...route.request().headers(), "x-forwarded-for": ip } }));
}

/** One card posted to the hosted page by a plain HTTP script (a fresh payment request from the shop each time): the outcome, and the page it is sent to. */
async function scriptAttempt(script: APIRequestContext, number: string): Promise<{ outcome: string; html: string }> {
  const checkout = await script.post(`${SHOP_URL}/checkout/redirect`, { maxRedirects: 0, form: {} });
  const payUrl = checkout.headers().location!;
  expect(payUrl).toMatch(/\/pay\/pr_/);
  const id = new URL(payUrl).pathname.split("/")[2]!;
  const attempt = await script.post(`${PLATFORM_URL}/pay/${id}/attempt`, {
    maxRedirects: 0,
    headers: { origin: PLATFORM_URL },
    form: { surface: "redirect", lang: "en", number, exp: "12/34", cvc: "123" },
  });
  expect(attempt.status()).toBe(303);
  const next = new URL(attempt.headers().location!);
  const outcome = next.searchParams.get("error") ?? (next.searchParams.get("tx") ? "attempted" : "other");
  // What the script reads back: the page after the attempt.
  const page = await script.get(next.toString());
  return { outcome, html: await page.text() };
}

test.describe.configure({ mode: "serial" });
// Dozens of checkouts per test, one after the other.
test.beforeEach(() => test.setTimeout(300_000));

test("a script posting 50 cards on the hosted page from one address is challenged, then blocked; it never sees a precise reason", async ({ playwright }) => {
  const ip = "203.0.113.41";
  // A plain HTTP script (no JavaScript, so it does not solve challenges), as card testers run them.
  const script: APIRequestContext = await playwright.request.newContext({ extraHTTPHeaders: { "x-forwarded-for": ip } });
  const outcomes: string[] = [];
  for (const [i, number] of cardNumbers(101).entries()) {
    const { outcome, html } = await scriptAttempt(script, number);
    outcomes.push(outcome);
    // The page after the attempt never names the precise reason.
    expect(html).not.toMatch(PRECISE);
    if (i < 3) expect(html).toContain("The payment was declined. Use another card or contact your bank.");
  }
  await script.dispose();
  expect(outcomes.slice(0, CHALLENGE_AFTER)).toEqual(Array(CHALLENGE_AFTER).fill("attempted"));
  expect(outcomes.slice(CHALLENGE_AFTER, BLOCK_AFTER)).toEqual(Array(BLOCK_AFTER - CHALLENGE_AFTER).fill("challenge_required"));
  expect(outcomes.slice(BLOCK_AFTER)).toEqual(Array(CARDS - BLOCK_AFTER).fill("too_many_attempts"));
});

test("the hosted page solves its challenge on its own, so a browser past the first threshold still pays, until the block", async ({ browser, playwright }) => {
  const ip = "203.0.113.42";
  // The attempts below the first threshold need no challenge: a plain script makes them from the same address
  // (they count the same, whichever way they come), and the browser takes over at the threshold.
  const script = await playwright.request.newContext({ extraHTTPHeaders: { "x-forwarded-for": ip } });
  const cards = cardNumbers(102).slice(3, 3 + BLOCK_AFTER + 1);
  for (const number of cards.slice(0, CHALLENGE_AFTER)) expect((await scriptAttempt(script, number)).outcome).toBe("attempted");
  await script.dispose();
  const context = await browser.newContext();
  await fromAddress(context, ip);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  const results: string[] = [];
  for (const number of cards.slice(CHALLENGE_AFTER)) {
    await page.goto(`${SHOP_URL}/`);
    await page.getByTestId("checkout-redirect").click();
    await expect(page).toHaveURL(/localhost:3000\/pay\/pr_/);
    await page.getByLabel("Card number").fill(number);
    await page.getByLabel("Expiry date (MM/YY)").fill("12/34");
    await page.getByLabel("Security code (CVC)").fill("123");
    // The page has solved its proof-of-work challenge in the background (WebCrypto), without the shopper.
    await expect(page.getByTestId("challenge-solution"), problems.join("\n")).not.toHaveValue("", { timeout: 60_000 });
    await page.getByRole("button", { name: /^Pay/ }).click();
    await page.waitForURL((url) => url.origin === SHOP_URL || url.searchParams.has("error"), { timeout: 20_000 });
    results.push(page.url().startsWith(SHOP_URL) ? "paid" : (new URL(page.url()).searchParams.get("error") ?? "other"));
    expect(await page.content()).not.toMatch(PRECISE);
  }
  await context.close();
  // Past the first threshold the attempts carried the page's solved challenge: they went through, up to the block.
  expect(results.slice(0, BLOCK_AFTER - CHALLENGE_AFTER)).toEqual(Array(BLOCK_AFTER - CHALLENGE_AFTER).fill("paid"));
  expect(results[BLOCK_AFTER - CHALLENGE_AFTER]).toBe("too_many_attempts");
  expect(results).toHaveLength(BLOCK_AFTER - CHALLENGE_AFTER + 1);
});

async function tokenJsAttempt(page: Page, number: string): Promise<number[]> {
  const statuses: number[] = [];
  const listener = (response: import("@playwright/test").Response) => {
    if (response.url() === `${PLATFORM_URL}/api/v1/card-tokens` && response.request().method() === "POST") statuses.push(response.status());
  };
  page.on("response", listener);
  await page.goto(`${SHOP_URL}/checkout/custom`);
  await page.getByLabel(/Card number/).fill(number);
  await page.getByLabel("Expiry (MM/YY)").fill("12/34");
  await page.getByLabel("Security code").fill("123");
  await page.getByRole("button", { name: /Pay/ }).click();
  await expect(page.locator("[data-jeton-error]").or(page.getByTestId("order-status"))).not.toBeEmpty({ timeout: 20_000 });
  await expect.poll(() => statuses.length).toBeGreaterThan(0);
  await page.waitForLoadState();
  page.off("response", listener);
  expect(await page.content()).not.toMatch(PRECISE);
  return statuses;
}

test("a script posting 50 cards through token.js from one address is challenged (token.js solves it), then blocked; another shopper still pays", async ({ browser, playwright }) => {
  const ip = "203.0.113.43";
  // Below the first threshold the endpoint asks for nothing: the script posts those cards to it directly
  // (as token.js would, same key, origin and address), and token.js takes over at the threshold.
  // The lost, stolen and fraudulent cards (the first three) stay with token.js, for the shop's page below.
  const [lostStolenFraud, others] = [cardNumbers(103).slice(0, 3), cardNumbers(103).slice(3)];
  const cards = [...others.slice(0, CHALLENGE_AFTER), ...lostStolenFraud, ...others.slice(CHALLENGE_AFTER)];
  const perCard: number[][] = [];
  const script = await playwright.request.newContext({ extraHTTPHeaders: { "x-forwarded-for": ip, origin: SHOP_URL } });
  for (const number of cards.slice(0, CHALLENGE_AFTER)) {
    const direct = await script.post(`${PLATFORM_URL}/api/v1/card-tokens`, {
      headers: { authorization: `Bearer ${merchant.keys.test.publishableKey}` },
      data: { card: { number, expMonth: "12", expYear: "34", cvc: "123" } },
    });
    perCard.push([direct.status()]);
  }
  await script.dispose();
  const context = await browser.newContext();
  await fromAddress(context, ip);
  const page = await context.newPage();
  for (const number of cards.slice(CHALLENGE_AFTER)) {
    perCard.push(await tokenJsAttempt(page, number));
    if (perCard.at(-1)!.includes(429)) break;
  }
  // The lost, stolen and fraudulent cards (challenged, solved, then charged by the shop): the shop's page says card_declined, no more.
  await context.close();
  // Ten attempts pass without a challenge.
  expect(perCard.slice(0, CHALLENGE_AFTER)).toEqual(Array(CHALLENGE_AFTER).fill([201]));
  // Then each card is challenged first (428), token.js solves it and the retry passes: one attempt a card
  // (the retry with its own challenge's solution is not counted again).
  const challenged = perCard.slice(CHALLENGE_AFTER, -1);
  expect(challenged.length).toBe(BLOCK_AFTER - CHALLENGE_AFTER);
  for (const statuses of challenged) expect(statuses).toEqual([428, 201]);
  // Then blocked: past the second threshold, well within the 50 cards.
  expect(perCard.at(-1)).toContain(429);
  expect(perCard.length).toBeLessThan(CARDS);
  const blocked = await browser.newContext();
  await fromAddress(blocked, "203.0.113.43");
  const again = await blocked.newPage();
  expect(await tokenJsAttempt(again, "4242424242424242")).toEqual([429]);
  await expect(again.locator("[data-jeton-error]")).toHaveText("Too many payment attempts. Please try again later.");
  await blocked.close();

  // Meanwhile a shopper on another address pays, on the hosted page and through token.js.
  const shopperContext = await browser.newContext();
  await fromAddress(shopperContext, "198.51.100.77");
  const shopper = await shopperContext.newPage();
  expect(await tokenJsAttempt(shopper, "4242424242424242")).toEqual([201]);
  await expect(shopper.getByTestId("order-status")).toHaveAttribute("data-status", "paid");
  await shopper.goto(`${SHOP_URL}/`);
  await shopper.getByTestId("checkout-redirect").click();
  await expect(shopper).toHaveURL(/localhost:3000\/pay\/pr_/);
  await shopper.getByLabel("Card number").fill("4242 4242 4242 4242");
  await shopper.getByLabel("Expiry date (MM/YY)").fill("12/34");
  await shopper.getByLabel("Security code (CVC)").fill("123");
  await shopper.getByRole("button", { name: /^Pay/ }).click();
  await expect(shopper).toHaveURL(/127\.0\.0\.1:4000\/orders\/ord_[0-9a-f]+$/, { timeout: 15_000 });
  await expect(shopper.getByTestId("order-status")).toHaveAttribute("data-status", "paid");
  await shopperContext.close();
});
