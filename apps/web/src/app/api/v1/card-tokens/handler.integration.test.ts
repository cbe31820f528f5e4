import { consumeCardToken, createMerchant, type CreatedMerchant } from "@jeton/core";
import { schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "@/server/testing/create-test-context";
import { handleGetCardToken } from "./[id]/handler";
import { handleCardTokenPreflight, handleCreateCardToken } from "./handler";

const SHOP = "https://shop.example";
const OTHER_SHOP = "https://other.example";
const PAN = "4242424242424242";
const card = { number: PAN, expMonth: "12", expYear: "2034", cvc: "314", holder: "Ada Lovelace" };

let ctx: TestContext;
let merchantA: CreatedMerchant;
let merchantB: CreatedMerchant;
let ipCounter = 0;

function post(body: unknown, init: { key?: string; origin?: string | null; ip?: string; raw?: string; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "x-jeton-peer-address": init.ip ?? `10.0.0.${++ipCounter % 250}`,
    ...init.headers,
  };
  const key = init.key ?? merchantA.keys.test.publishableKey;
  if (key) headers.authorization = `Bearer ${key}`;
  if (init.origin !== null) headers.origin = init.origin ?? SHOP;
  return handleCreateCardToken(
    new Request("http://localhost:3000/api/v1/card-tokens", { method: "POST", headers, body: init.raw ?? JSON.stringify(body) }),
    ctx,
  );
}

async function tokenCount() {
  return (await ctx.db.select().from(schema.cardTokens)).length;
}

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  const body = await response.json();
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe("string");
  expect(typeof body.error.type).toBe("string");
  return body.error;
}

beforeAll(async () => {
  ctx = await createTestContext({ JETON_TOKENIZE_LIMIT_PER_KEY: "1000", JETON_TOKENIZE_LIMIT_PER_IP: "1000" });
  merchantA = await createMerchant(ctx, { name: "Shop A", origins: [SHOP] });
  merchantB = await createMerchant(ctx, { name: "Shop B", origins: [OTHER_SHOP] });
});

afterAll(async () => {
  await ctx?.handle.close();
});

beforeEach(async () => {
  await ctx.db.delete(schema.cardTokens);
  await ctx.db.delete(schema.rateLimitCounters);
});

describe("POST /api/v1/card-tokens", () => {
  it("creates a token, seals the card and never echoes the PAN", async () => {
    const response = await post({ card });
    expect(response.status).toBe(201);
    expect(response.headers.get("access-control-allow-origin")).toBe(SHOP);
    const text = await response.text();
    expect(text).not.toContain(PAN);
    expect(text).not.toContain("314");
    const body = JSON.parse(text);
    expect(body.cardTokenId).toMatch(/^ctok_[A-Za-z0-9_-]{22}$/);
    expect(body.card).toEqual({ brand: "visa", last4: "4242", bin: "424242", expMonth: 12, expYear: 2034 });
    expect(new Date(body.expiresAt).getTime() - ctx.clock.now().getTime()).toBe(15 * 60 * 1000);

    const [row] = await ctx.db.select().from(schema.cardTokens);
    expect(row?.merchantId).toBe(merchantA.merchantId);
    expect(row?.mode).toBe("test");
    expect(JSON.stringify(row)).not.toContain(PAN);
    expect(row?.panSealed.startsWith("v1.test1.")).toBe(true);
    expect(row?.cvcSealed).not.toBeNull();
    expect(ctx.vault.open(row!.panSealed, "pan")).toBe(PAN);
    expect(ctx.vault.open(row!.cvcSealed!, "cvc")).toBe("314");
    expect(row?.fingerprint).toBe(ctx.vault.fingerprint(PAN));
    expect(ctx.logs()).toContain(body.cardTokenId);
    expect(ctx.logs()).not.toContain(PAN);
  });

  it("fingerprints the number's digits, however it was typed (the card-testing key's fingerprint, reused)", async () => {
    expect((await post({ card: { ...card, number: "4242 4242-4242 4242" } })).status).toBe(201);
    const [row] = await ctx.db.select().from(schema.cardTokens);
    expect(row?.fingerprint).toBe(ctx.vault.fingerprint(PAN));
  });

  it("accepts a server-side call without an Origin header", async () => {
    const response = await post({ card }, { origin: null });
    expect(response.status).toBe(201);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("is single-use: the second use is refused and the CVC is gone after the first", async () => {
    const { cardTokenId } = await (await post({ card })).json();
    const args = { merchantId: merchantA.merchantId, mode: "test" as const, cardTokenId };
    const first = await consumeCardToken(ctx, args);
    expect(first.number).toBe(PAN);
    expect(first.cvc).toBe("314");
    const [row] = await ctx.db.select().from(schema.cardTokens);
    expect(row?.cvcSealed).toBeNull();
    expect(row?.usedAt).not.toBeNull();
    await expect(consumeCardToken(ctx, args)).rejects.toMatchObject({ code: "card_token_used" });
  });

  it("lets exactly one of several concurrent uses through", async () => {
    const { cardTokenId } = await (await post({ card })).json();
    const args = { merchantId: merchantA.merchantId, mode: "test" as const, cardTokenId };
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => consumeCardToken(ctx, args)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("refuses an expired token", async () => {
    const { cardTokenId } = await (await post({ card })).json();
    ctx.clock.advance(15 * 60 * 1000 + 1);
    try {
      await expect(
        consumeCardToken(ctx, { merchantId: merchantA.merchantId, mode: "test", cardTokenId }),
      ).rejects.toMatchObject({ code: "card_token_expired" });
      const response = await handleGetCardToken(
        new Request(`http://localhost/api/v1/card-tokens/${cardTokenId}`, { headers: { authorization: `Bearer ${merchantA.keys.test.secretKey}` } }),
        ctx,
        { id: cardTokenId },
      );
      expect((await response.json()).status).toBe("expired");
    } finally {
      ctx.clock.advance(-(15 * 60 * 1000 + 1));
    }
  });

  it("hides a token from another merchant, who can neither see nor use it", async () => {
    const { cardTokenId } = await (await post({ card })).json();
    const get = (key: string) =>
      handleGetCardToken(
        new Request(`http://localhost/api/v1/card-tokens/${cardTokenId}`, { headers: { authorization: `Bearer ${key}` } }),
        ctx,
        { id: cardTokenId },
      );
    await expect(get(merchantB.keys.test.secretKey)).rejects.toMatchObject({ code: "resource_not_found" });
    // Nor from the same merchant's live mode.
    await expect(get(merchantA.keys.live.secretKey)).rejects.toMatchObject({ code: "resource_not_found" });
    await expect(
      consumeCardToken(ctx, { merchantId: merchantB.merchantId, mode: "test", cardTokenId }),
    ).rejects.toMatchObject({ code: "resource_not_found" });
    const own = await (await get(merchantA.keys.test.secretKey)).json();
    expect(own).toMatchObject({ cardTokenId, status: "active" });
    // A publishable key cannot read tokens back.
    await expect(get(merchantA.keys.test.publishableKey)).rejects.toMatchObject({ code: "wrong_key_kind" });
  });

  it("grants no CORS to an unregistered origin, and refuses its POST without storing anything", async () => {
    const preflight = await handleCardTokenPreflight(
      new Request("http://localhost/api/v1/card-tokens", { method: "OPTIONS", headers: { origin: "https://evil.example" } }),
      ctx,
    );
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    const ok = await handleCardTokenPreflight(
      new Request("http://localhost/api/v1/card-tokens", { method: "OPTIONS", headers: { origin: SHOP } }),
      ctx,
    );
    expect(ok.headers.get("access-control-allow-origin")).toBe(SHOP);
    expect(ok.headers.get("access-control-allow-headers")).toContain("Authorization");

    const evil = await post({ card }, { origin: "https://evil.example" });
    expect(evil.headers.get("access-control-allow-origin")).toBeNull();
    await expectError(evil, 403, "origin_not_allowed");
    // Merchant B's registered origin is not merchant A's.
    const crossMerchant = await post({ card }, { origin: OTHER_SHOP });
    expect(crossMerchant.headers.get("access-control-allow-origin")).toBeNull();
    await expectError(crossMerchant, 403, "origin_not_allowed");
    expect(await tokenCount()).toBe(0);
  });

  it("refuses secret, unknown and missing keys, readable by token.js on a registered origin", async () => {
    const wrongKind = await post({ card }, { key: merchantA.keys.test.secretKey });
    expect(wrongKind.headers.get("access-control-allow-origin")).toBe(SHOP);
    await expectError(wrongKind, 401, "wrong_key_kind");
    const unregistered = await post({ card }, { key: "", origin: "https://evil.example" });
    expect(unregistered.headers.get("access-control-allow-origin")).toBeNull();
    await expectError(await post({ card }, { key: "pk_test_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" }), 401, "invalid_api_key");
    await expectError(await post({ card }, { key: "" }), 401, "authentication_required");
    expect(await tokenCount()).toBe(0);
  });

  it.each([
    ["malformed JSON", { raw: "{\"card\": {" }, 400, "invalid_json", undefined],
    ["a JSON array", { raw: "[1,2]" }, 400, "invalid_json", undefined],
    ["no card", { raw: "{}" }, 400, "parameter_invalid", "card"],
    ["a number as a number", { raw: JSON.stringify({ card: { ...card, number: 4242424242424242 } }) }, 400, "parameter_invalid", "card[number]"],
    ["an unknown field", { raw: JSON.stringify({ card, amount: 5 }) }, 400, "parameter_invalid", undefined],
    ["a huge number field", { raw: JSON.stringify({ card: { ...card, number: "4".repeat(500) } }) }, 400, "parameter_invalid", "card[number]"],
    ["a 1 MB body", { raw: JSON.stringify({ card, pad: "x".repeat(1024 * 1024) }) }, 413, "body_too_large", undefined],
    ["the wrong content type", { raw: JSON.stringify({ card }), headers: { "content-type": "text/plain" } }, 415, "unsupported_media_type", undefined],
    ["a Luhn failure", { raw: JSON.stringify({ card: { ...card, number: "4242424242424241" } }) }, 402, "invalid_number", "card[number]"],
    ["letters in the number", { raw: JSON.stringify({ card: { ...card, number: "4242abcd42424242" } }) }, 402, "invalid_number", "card[number]"],
    ["an expired card", { raw: JSON.stringify({ card: { ...card, expMonth: "1", expYear: "2020" } }) }, 402, "expired_card", "card[expMonth]"],
    ["month 13", { raw: JSON.stringify({ card: { ...card, expMonth: "13" } }) }, 402, "invalid_expiry_month", "card[expMonth]"],
    ["a 2-digit Amex CVC", { raw: JSON.stringify({ card: { ...card, number: "378282246310005", cvc: "12" } }) }, 402, "invalid_cvc", "card[cvc]"],
  ])("answers %s with a clear 4xx and stores nothing", async (_name, init, status, code, param) => {
    const error = await expectError(await post(undefined, init as never), status, code);
    if (param) expect(error.param).toBe(param);
    expect(await tokenCount()).toBe(0);
    expect(ctx.logs()).not.toContain("4242424242424241");
  });
});

describe("the hot path", () => {
  it("counts the card-testing attempt, authenticates the key, counts both limits and inserts the token in one statement: one round trip", async () => {
    // Every way into the database goes through one of these; each call is one statement (or one transaction).
    // `$client` is runStatement's way in (one raw prepared statement).
    const entryPoints = new Set(["execute", "select", "selectDistinct", "insert", "update", "delete", "transaction", "with", "$count", "query", "$client"]);
    const calls: string[] = [];
    const attemptCounts = async () => Object.fromEntries((await ctx.db.select().from(schema.cardAttemptCounters)).map((c) => [c.key, c.count]));
    const before = await attemptCounts();
    const db = new Proxy(ctx.db, {
      get(target, property, receiver) {
        if (typeof property === "string" && entryPoints.has(property)) calls.push(property);
        return Reflect.get(target, property, receiver);
      },
    });
    const response = await handleCreateCardToken(
      new Request("http://localhost/api/v1/card-tokens", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${merchantA.keys.test.publishableKey}`, origin: SHOP, "x-jeton-peer-address": "192.0.2.200" },
        body: JSON.stringify({ card }),
      }),
      { ...ctx, db },
    );
    expect(response.status).toBe(201);
    // One raw prepared statement, nothing else: one round trip, one commit.
    expect(calls).toEqual(["$client"]);
    // And it counted both limits and the card-testing attempt (IP, card, merchant).
    const counters = await ctx.db.select().from(schema.rateLimitCounters);
    expect(counters.map((c) => c.key).sort()).toEqual([`tokenize:ip:192.0.2.200`, expect.stringMatching(/^tokenize:key:/)]);
    const after = await attemptCounts();
    const grown = Object.keys(after).filter((key) => after[key] === (before[key] ?? 0) + 1);
    expect(grown.map((key) => key.slice(0, key.indexOf(":"))).sort()).toEqual(["card", "ip", "merchant"]);

    // An attempt that fails validation is counted by the same one statement, and stores no token.
    calls.length = 0;
    const tokens = await tokenCount();
    const invalid = await handleCreateCardToken(
      new Request("http://localhost/api/v1/card-tokens", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${merchantA.keys.test.publishableKey}`, origin: SHOP, "x-jeton-peer-address": "192.0.2.200" },
        body: JSON.stringify({ card: { ...card, number: "4242424242424241" } }),
      }),
      { ...ctx, db },
    );
    expect(invalid.status).toBe(402); // invalid_number
    // Then, for the error only, a read of the registered origins decides whether token.js may read it (CORS).
    expect(calls).toEqual(["$client", "select"]);
    expect(await tokenCount()).toBe(tokens);
    expect((await attemptCounts())["ip:192.0.2.200"]).toBe(2);
  });

  it("sends its statements to the asynchronously committing pool only (JETON_TOKENIZE_SYNCHRONOUS_COMMIT=off)", async () => {
    const used: string[] = [];
    const watch = (db: typeof ctx.db, name: string) =>
      new Proxy(db, {
        get(target, property, receiver) {
          if (property === "execute" || property === "$client") used.push(name);
          return Reflect.get(target, property, receiver);
        },
      });
    const response = await handleCreateCardToken(
      new Request("http://localhost/api/v1/card-tokens", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${merchantA.keys.test.publishableKey}`, origin: SHOP, "x-jeton-peer-address": "192.0.2.201" },
        body: JSON.stringify({ card }),
      }),
      { ...ctx, db: watch(ctx.db, "db"), asyncCommitDb: watch(ctx.db, "asyncCommitDb") },
    );
    expect(response.status).toBe(201);
    expect(used).toEqual(["asyncCommitDb"]);
    // And the default, unchanged, is the platform's own db (no second pool: tests, PGlite, =on).
    const before = await tokenCount();
    expect((await post({ card })).status).toBe(201);
    expect(await tokenCount()).toBe(before + 1);
  });

  it("sees a revoked key at once (no cache to go stale)", async () => {
    const { publishableKey } = merchantB.keys.test;
    const send = () =>
      handleCreateCardToken(
        new Request("http://localhost/api/v1/card-tokens", {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${publishableKey}`, origin: OTHER_SHOP },
          body: JSON.stringify({ card }),
        }),
        ctx,
      );
    expect((await send()).status).toBe(201);
    await ctx.db.update(schema.apiKeys).set({ revokedAt: new Date() }).where(eq(schema.apiKeys.publishableKey, publishableKey));
    try {
      await expectError(await send(), 401, "invalid_api_key");
    } finally {
      await ctx.db.update(schema.apiKeys).set({ revokedAt: null }).where(eq(schema.apiKeys.publishableKey, publishableKey));
    }
  });
});

describe("rate limits", () => {
  let limited: TestContext;
  let merchant: CreatedMerchant;

  beforeAll(async () => {
    limited = await createTestContext({ JETON_TOKENIZE_LIMIT_PER_KEY: "3", JETON_TOKENIZE_LIMIT_PER_IP: "2" });
    merchant = await createMerchant(limited, { name: "Limited", origins: [SHOP] });
  });
  afterAll(async () => {
    await limited?.handle.close();
  });

  const send = (ip: string, init: { body?: string; origin?: string; xff?: string } = {}) =>
    handleCreateCardToken(
      new Request("http://localhost/api/v1/card-tokens", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${merchant.keys.test.publishableKey}`,
          origin: init.origin ?? SHOP,
          // What the platform server stamps; a client-chosen X-Forwarded-For must not let it dodge the per-IP limit.
          "x-jeton-peer-address": ip,
          "x-forwarded-for": init.xff ?? `198.51.100.${Math.floor(Math.random() * 250)}`,
        },
        body: init.body ?? JSON.stringify({ card }),
      }),
      limited,
    );

  it("does not let junk sent with the public key empty the key's bucket; junk counts against its sender's address", async () => {
    limited.clock.advance(60_000);
    const junk = [
      { body: "{\"card\": {" },
      { body: JSON.stringify({ card: { ...card, number: "4242424242424241" } }) },
      { body: JSON.stringify({ card: { ...card, expMonth: "13" } }) },
      { origin: "https://evil.example" },
      { body: JSON.stringify({ nope: true }) },
    ];
    // From many addresses: more junk than the key allows (3) in this window.
    for (const [i, init] of junk.entries()) expect((await send(`192.0.2.${100 + i}`, init)).status).toBeGreaterThanOrEqual(400);
    // The merchant's real customers still get their three tokens.
    for (const i of [1, 2, 3]) expect((await send(`192.0.2.${110 + i}`)).status).toBe(201);
    await expectError(await send("192.0.2.120"), 429, "rate_limited");
    // Rejected requests still count per address: two of junk, and that address is done.
    expect((await send("192.0.2.130", junk[0])).status).toBe(400);
    expect((await send("192.0.2.130", junk[3])).status).toBe(403);
    limited.clock.advance(60_000);
    expect((await send("192.0.2.131", junk[1])).status).toBe(402);
    expect((await send("192.0.2.131", junk[4])).status).toBe(400);
    await expectError(await send("192.0.2.131"), 429, "rate_limited");
  });

  it("trips per client IP with 429 and Retry-After, and stores nothing more", async () => {
    limited.clock.advance(60_000);
    const before = (await limited.db.select().from(schema.cardTokens)).length;
    expect((await send("192.0.2.1")).status).toBe(201);
    expect((await send("192.0.2.1")).status).toBe(201);
    const third = await send("192.0.2.1");
    await expectError(third, 429, "rate_limited");
    const retryAfter = Number(third.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await limited.db.select().from(schema.cardTokens)).length).toBe(before + 2);
  });

  it("keeps one bucket per TCP peer: a spoofed X-Forwarded-For from an untrusted peer does not change it", async () => {
    limited.clock.advance(60_000);
    const spoofed = (i: number) => send("203.0.113.77", { xff: `198.51.100.${i}` });
    expect((await spoofed(1)).status).toBe(201);
    expect((await spoofed(2)).status).toBe(201);
    await expectError(await spoofed(3), 429, "rate_limited");
  });

  it("trips per publishable key across addresses", async () => {
    limited.clock.advance(60_000);
    expect((await send("192.0.2.10")).status).toBe(201);
    expect((await send("192.0.2.11")).status).toBe(201);
    expect((await send("192.0.2.12")).status).toBe(201);
    await expectError(await send("192.0.2.13"), 429, "rate_limited");
    // A new window lets the merchant through again.
    limited.clock.advance(60_000);
    expect((await send("192.0.2.14")).status).toBe(201);
  });
});
