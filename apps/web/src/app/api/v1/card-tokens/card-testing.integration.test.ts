import { createMerchant, createPaymentRequest, type CreatedMerchant } from "@jeton/core";
import { solveAttemptChallenge } from "@jeton/core/card-testing/solve-attempt-challenge";
import { schema } from "@jeton/db";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { handlePaymentAttempt } from "@/app/(checkout)/pay/[id]/attempt/handler";
import { handleCreateCardToken } from "./handler";
import { createTestContext, type TestContext } from "@/server/testing/create-test-context";

const PUBLIC = "https://pay.example";
const SHOP = "https://shop.example";
const card = { number: "4242424242424242", expMonth: "12", expYear: "2034", cvc: "123" };

/** Luhn-valid Visa numbers, all different: what a card-testing script runs through. */
function testCardNumber(i: number): string {
  const body = `400000${String(i).padStart(9, "0")}`;
  let sum = 0;
  for (let k = 0; k < body.length; k++) {
    let digit = Number(body[body.length - 1 - k]);
    if (k % 2 === 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return body + String((10 - (sum % 10)) % 10);
}

async function counters(ctx: TestContext): Promise<Record<string, number>> {
  const rows = await ctx.db.select().from(schema.cardAttemptCounters);
  const byDimension: Record<string, number> = {};
  for (const row of rows) {
    const dimension = row.key.slice(0, row.key.indexOf(":"));
    if (dimension === "risk") continue; // the risk engine's velocity counters (payments), not card-testing's
    byDimension[dimension] = Math.max(byDimension[dimension] ?? 0, row.count);
  }
  return byDimension;
}

function tokenize(ctx: TestContext, merchant: CreatedMerchant, body: unknown, { ip = "192.0.2.1", raw }: { ip?: string; raw?: string } = {}) {
  return ctx.respond(
    handleCreateCardToken(
      new Request(`${PUBLIC}/api/v1/card-tokens`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${merchant.keys.test.publishableKey}`, origin: SHOP, "x-jeton-peer-address": ip },
        body: raw ?? JSON.stringify(body),
      }),
      ctx,
    ),
  );
}

function attempt(ctx: TestContext, paymentRequestId: string, fields: Record<string, string>, ip = "192.0.2.1") {
  return handlePaymentAttempt(
    new Request(`${PUBLIC}/pay/${paymentRequestId}/attempt`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: PUBLIC, "sec-fetch-site": "same-origin", "x-jeton-peer-address": ip },
      body: new URLSearchParams({ surface: "redirect", lang: "en", exp: "12/34", cvc: "123", ...fields }).toString(),
    }),
    ctx,
    { id: paymentRequestId },
  );
}

async function newPaymentRequest(ctx: TestContext, merchant: CreatedMerchant) {
  return createPaymentRequest(ctx, {
    merchantId: merchant.merchantId,
    mode: "test",
    publicUrl: ctx.config.publicUrl,
    input: { amount: 1500, currency: "EUR", returnUrl: `${SHOP}/return`, maxAttempts: 50 },
  });
}

async function solveFrom(response: Response): Promise<string> {
  const body = await response.json();
  expect(body.error.code).toBe("challenge_required");
  const solution = await solveAttemptChallenge(body.error.challenge);
  expect(solution).not.toBeNull();
  return solution!;
}

describe("card-testing counters under concurrency", () => {
  let ctx: TestContext;
  let shop: CreatedMerchant;
  beforeAll(async () => {
    ctx = await createTestContext({ JETON_PUBLIC_URL: PUBLIC, JETON_TOKENIZE_LIMIT_PER_IP: "1000", JETON_TOKENIZE_LIMIT_PER_KEY: "1000" });
    shop = await createMerchant(ctx, { name: "Busy Shop", origins: [SHOP], returnUrls: [`${SHOP}/`] });
  });
  afterAll(async () => ctx?.handle.close());
  beforeEach(async () => {
    await ctx.db.delete(schema.cardAttemptCounters);
  });

  it("counts 20 parallel token.js attempts on one card as 20, per IP, card and merchant, including invalid ones", async () => {
    const valid = Array.from({ length: 15 }, () => tokenize(ctx, shop, { card }));
    // Five that fail validation (wrong expiry, no CVC, unknown field): they count all the same.
    const invalid = [
      tokenize(ctx, shop, { card: { ...card, expMonth: "13" } }),
      tokenize(ctx, shop, { card: { ...card, cvc: "" } }),
      tokenize(ctx, shop, { card, extra: 1 }),
      tokenize(ctx, shop, { card: { ...card, expYear: "2001" } }),
      tokenize(ctx, shop, { card: { ...card, number: "4242 4242 4242 4242" }, nope: true }),
    ];
    const statuses = (await Promise.all([...valid, ...invalid])).map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(15);
    expect(await counters(ctx)).toEqual({ ip: 20, card: 20, merchant: 20 });
  });

  it("counts 20 parallel hosted-page attempts on one payment request as 20, per IP, card, request and merchant", async () => {
    const pr = await newPaymentRequest(ctx, shop);
    const responses = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(ctx, pr.id, { number: i % 4 === 0 ? "4242" : "4000000000009995" }, "198.51.100.7")));
    for (const response of responses) expect(response.status).toBe(303);
    expect(await counters(ctx)).toEqual({ ip: 20, card: 15, pr: 20, merchant: 20 });
  });
});

describe("card-testing thresholds: challenge, then block", () => {
  let ctx: TestContext;
  let shop: CreatedMerchant;
  beforeAll(async () => {
    ctx = await createTestContext({
      JETON_PUBLIC_URL: PUBLIC,
      JETON_TOKENIZE_LIMIT_PER_IP: "1000",
      JETON_TOKENIZE_LIMIT_PER_KEY: "1000",
      JETON_CARD_TESTING_CHALLENGE_PER_IP: "3",
      JETON_CARD_TESTING_BLOCK_PER_IP: "8",
      JETON_CARD_TESTING_CHALLENGE_PER_PAYMENT_REQUEST: "2",
      JETON_CARD_TESTING_BLOCK_PER_PAYMENT_REQUEST: "4",
      JETON_CARD_TESTING_POW_MAX_NUMBER: "2000",
    });
    shop = await createMerchant(ctx, { name: "Target Shop", origins: [SHOP], returnUrls: [`${SHOP}/`] });
  });
  afterAll(async () => ctx?.handle.close());
  beforeEach(async () => {
    ctx.clock.advance(3600_000);
    await ctx.db.delete(schema.cardAttemptCounters);
  });

  it("token.js: allowed, then challenged (a solved challenge passes), then blocked with Retry-After; nothing is tokenized past the block", async () => {
    const ip = "203.0.113.5";
    for (let i = 0; i < 3; i++) expect((await tokenize(ctx, shop, { card: { ...card, number: testCardNumber(i) } }, { ip })).status).toBe(201);
    const challenged = await tokenize(ctx, shop, { card: { ...card, number: testCardNumber(3) } }, { ip });
    expect(challenged.status).toBe(428);
    const solution = await solveFrom(challenged);
    expect((await tokenize(ctx, shop, { card: { ...card, number: testCardNumber(4) }, challengeSolution: solution }, { ip })).status).toBe(201);
    // Invalid attempts count too: a bad body past the first threshold is asked for a challenge first.
    const junk = await tokenize(ctx, shop, undefined, { ip, raw: "{\"card\": {" });
    expect(junk.status).toBe(428);
    const tokensBefore = (await ctx.db.select().from(schema.cardTokens)).length;
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await tokenize(ctx, shop, { card: { ...card, number: testCardNumber(10 + i) } }, { ip }));
    expect(answers.map((r) => r.status)).toEqual([428, 428, 429]);
    const blocked = answers[2]!;
    expect((await blocked.json()).error.code).toBe("too_many_attempts");
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    // Even a solved challenge does not pass a block.
    const fresh = await solveFrom(answers[0]!);
    expect((await tokenize(ctx, shop, { card, challengeSolution: fresh }, { ip })).status).toBe(429);
    expect((await ctx.db.select().from(schema.cardTokens)).length).toBe(tokensBefore);
    // Meanwhile another address is untouched.
    expect((await tokenize(ctx, shop, { card }, { ip: "203.0.113.99" })).status).toBe(201);
    expect(await counters(ctx)).toMatchObject({ ip: 10 });
  });

  it("token.js: the attempt sent again with its challenge's solution is counted once, not twice; another card with it counts", async () => {
    const ip = "203.0.113.15";
    for (let i = 0; i < 3; i++) expect((await tokenize(ctx, shop, { card }, { ip })).status).toBe(201);
    // What token.js does: the 428, then the same card once more with the solution.
    const solution = await solveFrom(await tokenize(ctx, shop, { card }, { ip }));
    expect((await tokenize(ctx, shop, { card, challengeSolution: solution }, { ip })).status).toBe(201);
    expect(await counters(ctx)).toEqual({ ip: 4, card: 4, merchant: 4 });
    // A solution earned by one card and spent on another is an attempt of its own.
    const other = await solveFrom(await tokenize(ctx, shop, { card }, { ip }));
    expect((await tokenize(ctx, shop, { card: { ...card, number: testCardNumber(77) }, challengeSolution: other }, { ip })).status).toBe(201);
    expect(await counters(ctx)).toMatchObject({ ip: 6, merchant: 6 });
  });

  it("a challenge solution is single-use: a replay is refused, and of five concurrent uses exactly one passes", async () => {
    const ip = "203.0.113.6";
    for (let i = 0; i < 3; i++) await tokenize(ctx, shop, { card }, { ip });
    const solution = await solveFrom(await tokenize(ctx, shop, { card }, { ip }));
    expect((await tokenize(ctx, shop, { card, challengeSolution: solution }, { ip })).status).toBe(201);
    const replay = await tokenize(ctx, shop, { card, challengeSolution: solution }, { ip });
    expect(replay.status).toBe(428);
    await ctx.db.delete(schema.cardAttemptCounters);
    for (let i = 0; i < 3; i++) await tokenize(ctx, shop, { card }, { ip: "203.0.113.7" });
    const shared = await solveFrom(await tokenize(ctx, shop, { card }, { ip: "203.0.113.7" }));
    await ctx.db.delete(schema.cardAttemptCounters);
    for (let i = 0; i < 3; i++) await tokenize(ctx, shop, { card }, { ip: "203.0.113.8" });
    const statuses = (await Promise.all(Array.from({ length: 5 }, () => tokenize(ctx, shop, { card, challengeSolution: shared }, { ip: "203.0.113.8" })))).map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 428)).toHaveLength(4);
  });

  it("refuses a forged, tampered or expired solution like none", async () => {
    const ip = "203.0.113.9";
    for (let i = 0; i < 3; i++) await tokenize(ctx, shop, { card }, { ip });
    const solution = await solveFrom(await tokenize(ctx, shop, { card }, { ip }));
    const payload = JSON.parse(Buffer.from(solution, "base64").toString("utf8"));
    const tampered = Buffer.from(JSON.stringify({ ...payload, signature: "0".repeat(64) })).toString("base64");
    expect((await tokenize(ctx, shop, { card, challengeSolution: tampered }, { ip })).status).toBe(428);
    expect((await tokenize(ctx, shop, { card, challengeSolution: "bm9wZQ==" }, { ip })).status).toBe(428);
    ctx.clock.advance(6 * 60_000);
    // Whether or not the counting window turned meanwhile (it depends on the clock), start the counts
    // again and go just past the first threshold, so only the stale solution stands between 428 and 201.
    await ctx.db.delete(schema.cardAttemptCounters);
    for (let i = 0; i < 3; i++) await tokenize(ctx, shop, { card }, { ip });
    expect((await tokenize(ctx, shop, { card, challengeSolution: solution }, { ip })).status).toBe(428);
  });

  it("the hosted page: challenged per payment request, a solved challenge passes, then blocked; the page is told which", async () => {
    const pr = await newPaymentRequest(ctx, shop);
    const ip = "198.51.100.20";
    const location = (r: Response) => new URL(r.headers.get("location")!);
    const first = await attempt(ctx, pr.id, { number: "4000000000009995" }, ip);
    expect(location(first).searchParams.get("tx")).toMatch(/^tx_/);
    expect(location(await attempt(ctx, pr.id, { number: "4000000000009995" }, ip)).searchParams.get("tx")).toMatch(/^tx_/);
    const challenged = await attempt(ctx, pr.id, { number: "4000000000009995" }, ip);
    expect(location(challenged).searchParams.get("error")).toBe("challenge_required");
    // What the page embeds, solved as the page's script does.
    const { createAttemptChallenge } = await import("@jeton/core");
    const challenge = await createAttemptChallenge(ctx, { maxNumber: 2000 });
    const solution = (await solveAttemptChallenge(challenge))!;
    const solved = await attempt(ctx, pr.id, { number: "4000000000009995", challengeSolution: solution }, ip);
    expect(location(solved).searchParams.get("tx")).toMatch(/^tx_/);
    const blocked = await attempt(ctx, pr.id, { number: "4242424242424242", challengeSolution: (await solveAttemptChallenge(await createAttemptChallenge(ctx, { maxNumber: 2000 })))! }, ip);
    expect(location(blocked).searchParams.get("error")).toBe("too_many_attempts");
    const transactions = await ctx.db.select().from(schema.transactions);
    expect(transactions.filter((t) => t.paymentRequestId === pr.id)).toHaveLength(3);
  });
});
