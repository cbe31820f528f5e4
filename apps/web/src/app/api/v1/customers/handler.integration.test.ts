import { createCardToken, createMerchant, type CreatedMerchant } from "@jeton/core";
import { schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "@/server/testing/create-test-context";
import { expectOneIdempotentRun } from "@/server/testing/expect-one-idempotent-run";
import { handleAddCustomerCard, handleListCustomerCards } from "./[id]/cards/handler";
import { handleDeleteCustomerCard } from "./[id]/cards/[cardId]/handler";
import { handleDeleteCustomer, handleGetCustomer } from "./[id]/handler";
import { handleCreateCustomer, handleListCustomers } from "./handler";

let ctx: TestContext;
let shopA: CreatedMerchant;
let shopB: CreatedMerchant;

const keyA = () => shopA.keys.test.secretKey;
const base = "http://localhost/api/v1/customers";

function post(url: string, body: unknown, { key = keyA(), idempotencyKey, raw }: { key?: string; idempotencyKey?: string; raw?: string } = {}) {
  const headers: Record<string, string> = { authorization: `Bearer ${key}`, "content-type": "application/json" };
  if (idempotencyKey) headers["idempotency-key"] = idempotencyKey;
  return new Request(url, { method: "POST", headers, body: raw ?? JSON.stringify(body) });
}
const bare = (url: string, method: string, key = keyA()) => new Request(url, { method, headers: { authorization: `Bearer ${key}` } });

const create = (body: unknown, options?: Parameters<typeof post>[2]) => ctx.respond(handleCreateCustomer(post(base, body, options), ctx));
const list = (query = "", key = keyA()) => ctx.respond(handleListCustomers(bare(`${base}${query}`, "GET", key), ctx));
const get = (id: string, key = keyA()) => ctx.respond(handleGetCustomer(bare(`${base}/${id}`, "GET", key), ctx, { id }));
const remove = (id: string, key = keyA()) => ctx.respond(handleDeleteCustomer(bare(`${base}/${id}`, "DELETE", key), ctx, { id }));
const addCard = (id: string, body: unknown, options?: Parameters<typeof post>[2]) =>
  ctx.respond(handleAddCustomerCard(post(`${base}/${id}/cards`, body, options), ctx, { id }));
const listCards = (id: string, key = keyA()) => ctx.respond(handleListCustomerCards(bare(`${base}/${id}/cards`, "GET", key), ctx, { id }));
const deleteCard = (id: string, cardId: string, key = keyA()) =>
  ctx.respond(handleDeleteCustomerCard(bare(`${base}/${id}/cards/${cardId}`, "DELETE", key), ctx, { id, cardId }));

async function token(merchant = shopA, number = "4242424242424242", mode: "test" | "live" = "test") {
  const { cardTokenId } = await createCardToken(ctx, {
    merchantId: merchant.merchantId,
    mode,
    card: { number, expMonth: 12, expYear: 2034, cvc: number.startsWith("3") ? "1234" : "123", holder: "Ada Lovelace" },
  });
  return cardTokenId;
}

async function expectError(pending: Promise<Response>, status: number, code: string, param?: string) {
  const response = await pending;
  expect(response.status).toBe(status);
  const { error } = await response.json();
  expect(error.code).toBe(code);
  if (param !== undefined) expect(error.param).toBe(param);
}

const counts = async () => ({
  customers: (await ctx.db.select().from(schema.customers)).length,
  cards: (await ctx.db.select().from(schema.cards)).length,
});
const tokenRow = async (id: string) => (await ctx.db.select().from(schema.cardTokens).where(eq(schema.cardTokens.id, id)))[0]!;
/** The types of the events recorded for an object, sorted by name: events of one instant have no order of their own. */
const eventTypes = async (objectId: string) =>
  (await ctx.db.select().from(schema.events).where(eq(schema.events.objectId, objectId))).map((event) => event.type).sort();

beforeAll(async () => {
  ctx = await createTestContext({}, { merchants: 2 });
  [shopA, shopB] = ctx.merchants;
});
afterAll(async () => {
  await ctx?.handle.close();
});
beforeEach(async () => {
  await ctx.db.delete(schema.idempotencyKeys);
  await ctx.db.delete(schema.webhookDeliveries);
  await ctx.db.delete(schema.events);
  await ctx.db.delete(schema.cards);
  await ctx.db.delete(schema.customers);
});

describe("POST /api/v1/customers", () => {
  it("creates a customer without a card", async () => {
    const response = await create({ email: "ada@example.com", name: "Ada", merchantReference: "user-1" });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toMatchObject({ object: "customer", email: "ada@example.com", name: "Ada", merchantReference: "user-1", mode: "test", cards: [], deletedAt: null });
    expect(body.id).toMatch(/^cus_/);
    expect(await eventTypes(body.id)).toEqual(["customer.created"]);
    expect((await create({})).status).toBe(201);
  });

  it("saves the card of a cardTokenId: the token is used up, the PAN sealed, no CVC anywhere", async () => {
    const cardTokenId = await token(shopA, "5555555555554444");
    const response = await create({ email: "ada@example.com", cardTokenId });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.cards).toHaveLength(1);
    const [card] = body.cards;
    expect(card).toEqual({
      id: expect.stringMatching(/^card_/),
      object: "card",
      customerId: body.id,
      brand: "mastercard",
      bin: "555555",
      last4: "4444",
      expMonth: 12,
      expYear: 2034,
      holderName: "Ada Lovelace",
      mode: "test",
      createdAt: expect.any(String),
      deletedAt: null,
      // No consent field sent: the merchant states it was given now, through the API.
      consent: { obtainedAt: ctx.clock.now().toISOString(), method: "api" },
    });
    const text = JSON.stringify(body);
    expect(text).not.toContain("5555555555554444");
    expect(text).not.toMatch(/sealed|fingerprint|kek/i);

    const [row] = await ctx.db.select().from(schema.cards).where(eq(schema.cards.id, card.id));
    expect(row!.panSealed).not.toContain("5555555555554444");
    expect(ctx.vault.open(row!.panSealed, "pan")).toBe("5555555555554444");
    expect(row!.fingerprint).toBe(ctx.vault.fingerprint("5555555555554444"));
    expect("cvcSealed" in row!).toBe(false);
    const used = await tokenRow(cardTokenId);
    expect(used.usedAt).not.toBeNull();
    expect(used.cvcSealed).toBeNull();

    expect(await eventTypes(body.id)).toEqual(["customer.created"]);
    expect(await eventTypes(card.id)).toEqual(["customer.card.saved"]);
    const [event] = await ctx.db.select().from(schema.events).where(eq(schema.events.objectId, card.id));
    expect(JSON.stringify(event!.data)).not.toMatch(/5555555555554444|sealed/);
  });

  it("refuses a token used twice, and creates nothing the second time", async () => {
    const cardTokenId = await token();
    expect((await create({ cardTokenId })).status).toBe(201);
    await expectError(create({ cardTokenId, email: "again@example.com" }), 409, "card_token_used", "cardTokenId");
    expect(await counts()).toEqual({ customers: 1, cards: 1 });
  });

  it("refuses expired, unknown, other merchants' and other modes' tokens, creating nothing and leaving them unused", async () => {
    const expired = await token();
    ctx.clock.advance(16 * 60 * 1000);
    try {
      await expectError(create({ cardTokenId: expired }), 410, "card_token_expired", "cardTokenId");
    } finally {
      ctx.clock.advance(-16 * 60 * 1000);
    }
    const ofB = await token(shopB);
    await expectError(create({ cardTokenId: ofB }), 404, "resource_not_found", "cardTokenId");
    const live = await token(shopA, "4242424242424242", "live");
    await expectError(create({ cardTokenId: live }), 404, "resource_not_found", "cardTokenId");
    await expectError(create({ cardTokenId: "ctok_doesnotexist00000000" }), 404, "resource_not_found", "cardTokenId");
    await expectError(create({ cardTokenId: "'; DROP TABLE cards; --" }), 404, "resource_not_found", "cardTokenId");
    expect(await counts()).toEqual({ customers: 0, cards: 0 });
    expect((await tokenRow(ofB)).usedAt).toBeNull();
    expect((await tokenRow(live)).usedAt).toBeNull();
    expect(await ctx.db.select().from(schema.events)).toEqual([]);
  });

  it.each([
    ["an email that is not one", { email: "nope" }, "email"],
    ["a number as name", { name: 42 }, "name"],
    ["an empty name", { name: "" }, "name"],
    ["a cardTokenId as a number", { cardTokenId: 5 }, "cardTokenId"],
    ["a cardTokenId as null", { cardTokenId: null }, "cardTokenId"],
    ["a too long merchantReference", { merchantReference: "x".repeat(65) }, "merchantReference"],
    ["an unknown field", { email: "a@example.com", card: { number: "4242424242424242" } }, undefined],
  ])("refuses %s with parameter_invalid, creating nothing", async (_name, body, param) => {
    await expectError(create(body), 400, "parameter_invalid", param);
    expect(await counts()).toEqual({ customers: 0, cards: 0 });
  });

  it("refuses malformed JSON, arrays, huge bodies, publishable keys and missing keys", async () => {
    await expectError(create(undefined, { raw: "{nope" }), 400, "invalid_json");
    await expectError(create(undefined, { raw: "[]" }), 400, "invalid_json");
    await expectError(create(undefined, { raw: JSON.stringify({ name: "x".repeat(1 << 20) }) }), 413, "body_too_large");
    await expectError(create({}, { key: shopA.keys.test.publishableKey }), 401, "wrong_key_kind");
    await expectError(ctx.respond(handleCreateCustomer(new Request(base, { method: "POST", body: "{}", headers: { "content-type": "application/json" } }), ctx)), 401, "authentication_required");
    expect(await counts()).toEqual({ customers: 0, cards: 0 });
  });

  it("replays the first answer for the same Idempotency-Key, and refuses another body under it", async () => {
    const cardTokenId = await token();
    const first = await create({ cardTokenId }, { idempotencyKey: "cus-1" });
    const second = await create({ cardTokenId }, { idempotencyKey: "cus-1" });
    expect(second.status).toBe(201);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect((await second.json()).id).toBe((await first.json()).id);
    await expectError(create({ cardTokenId, name: "Other" }, { idempotencyKey: "cus-1" }), 409, "idempotency_error");
    expect(await counts()).toEqual({ customers: 1, cards: 1 });
  });

  it("makes one customer out of 10 concurrent POSTs with one key", async () => {
    const cardTokenId = await token();
    const responses = await Promise.all(Array.from({ length: 10 }, () => create({ cardTokenId }, { idempotencyKey: "cus-concurrent" })));
    await expectOneIdempotentRun(responses);
    expect(await counts()).toEqual({ customers: 1, cards: 1 });
  });
});

describe("GET /api/v1/customers and /{id}", () => {
  it("returns the customer with its saved cards, to its merchant and mode only", async () => {
    const { id, cards } = await (await create({ email: "ada@example.com", cardTokenId: await token() })).json();
    const response = await get(id);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id, object: "customer", email: "ada@example.com", cards: [{ id: cards[0].id, last4: "4242" }] });
    await expectError(get(id, shopB.keys.test.secretKey), 404, "resource_not_found");
    await expectError(get(id, shopA.keys.live.secretKey), 404, "resource_not_found");
    await expectError(get("cus_doesnotexist00000000"), 404, "resource_not_found");
    await expectError(get("../../etc/passwd"), 404, "resource_not_found");
  });

  it("walks every customer exactly once, newest first, with hasMore right, even when they share an instant", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 23; i++) {
      // Groups of three share a timestamp: the id breaks the tie.
      if (i % 3 === 0) ctx.clock.advance(1000);
      ids.push((await (await create({ merchantReference: `u-${i}` })).json()).id);
    }
    await create({ merchantReference: "other" }, { key: shopB.keys.test.secretKey });
    await create({ merchantReference: "live" }, { key: shopA.keys.live.secretKey });
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    for (;;) {
      const response = await list(`?limit=5${cursor ? `&startingAfter=${cursor}` : ""}`);
      expect(response.status).toBe(200);
      const page = await response.json();
      expect(page.object).toBe("list");
      pages++;
      seen.push(...page.data.map((c: { id: string }) => c.id));
      expect(page.hasMore).toBe(seen.length < ids.length);
      if (!page.hasMore) break;
      cursor = page.data.at(-1).id;
    }
    expect(pages).toBe(5);
    expect(seen).toHaveLength(23);
    expect(new Set(seen)).toEqual(new Set(ids));
    // Newest first: the last group created comes first.
    expect(ids.slice(21)).toContain(seen[0]);
    expect(ids.slice(0, 3)).toContain(seen.at(-1));
    const everything = await (await list("?limit=100")).json();
    expect(everything.data.map((c: { id: string }) => c.id)).toEqual(seen);
    expect(everything.hasMore).toBe(false);
    expect((await (await list()).json()).data).toHaveLength(20);
  });

  it("filters by email, case-insensitively, and leaves deleted customers out", async () => {
    const { id: ada } = await (await create({ email: "Ada@Example.com" })).json();
    await create({ email: "bob@example.com" });
    const { id: gone } = await (await create({ email: "ada@example.com" })).json();
    await remove(gone);
    const page = await (await list("?email=ada%40example.com")).json();
    expect(page.data.map((c: { id: string }) => c.id)).toEqual([ada]);
  });

  it.each([
    ["?limit=0", "limit"],
    ["?limit=101", "limit"],
    ["?limit=ten", "limit"],
    ["?limit=-1", "limit"],
    ["?email=nope", "email"],
    ["?color=red", undefined],
  ])("refuses %s with 400", async (query, param) => {
    await expectError(list(query), 400, "parameter_invalid", param);
  });

  it("refuses a cursor that is not one of the merchant's customers", async () => {
    const { id } = await (await create({}, { key: shopB.keys.test.secretKey })).json();
    await expectError(list(`?startingAfter=${id}`), 404, "resource_not_found", "startingAfter");
    await expectError(list("?startingAfter=tx_notacustomer00000000"), 404, "resource_not_found", "startingAfter");
  });
});

describe("cards of a customer", () => {
  it("adds a card, lists it, deletes it for good", async () => {
    const { id } = await (await create({ cardTokenId: await token() })).json();
    const added = await addCard(id, { cardTokenId: await token(shopA, "378282246310005") });
    expect(added.status).toBe(201);
    const amex = await added.json();
    expect(amex).toMatchObject({ object: "card", customerId: id, brand: "amex", last4: "0005", deletedAt: null });
    expect(await eventTypes(amex.id)).toEqual(["customer.card.saved"]);

    const listed = await (await listCards(id)).json();
    expect(listed).toMatchObject({ object: "list", hasMore: false });
    expect(listed.data.map((c: { last4: string }) => c.last4).sort()).toEqual(["0005", "4242"]);

    const deleted = await deleteCard(id, amex.id);
    expect(deleted.status).toBe(200);
    expect(await deleted.json()).toMatchObject({ id: amex.id, deletedAt: expect.any(String) });
    expect(await eventTypes(amex.id)).toEqual(["customer.card.deleted", "customer.card.saved"]);
    const [row] = await ctx.db.select().from(schema.cards).where(eq(schema.cards.id, amex.id));
    expect(row!.deletedAt).not.toBeNull();

    // Deleted cards are no longer listed, and a second delete finds nothing.
    expect((await (await listCards(id)).json()).data.map((c: { last4: string }) => c.last4)).toEqual(["4242"]);
    expect((await (await get(id)).json()).cards.map((c: { last4: string }) => c.last4)).toEqual(["4242"]);
    await expectError(deleteCard(id, amex.id), 404, "resource_not_found");
    expect(await eventTypes(amex.id)).toEqual(["customer.card.deleted", "customer.card.saved"]);
  });

  it("deletes a card once under concurrent deletes", async () => {
    const { id, cards } = await (await create({ cardTokenId: await token() })).json();
    const responses = await Promise.all(Array.from({ length: 5 }, () => deleteCard(id, cards[0].id)));
    expect(responses.map((r) => r.status).sort()).toEqual([200, 404, 404, 404, 404]);
    expect(await eventTypes(cards[0].id)).toEqual(["customer.card.deleted", "customer.card.saved"]);
  });

  it("treats another merchant's or mode's customers and cards as unknown, changing nothing", async () => {
    const { id, cards } = await (await create({ cardTokenId: await token() })).json();
    const bKey = shopB.keys.test.secretKey;
    const tokenOfB = await token(shopB);
    await expectError(addCard(id, { cardTokenId: tokenOfB }, { key: bKey }), 404, "resource_not_found");
    expect((await tokenRow(tokenOfB)).usedAt).toBeNull();
    await expectError(listCards(id, bKey), 404, "resource_not_found");
    await expectError(listCards(id, shopA.keys.live.secretKey), 404, "resource_not_found");
    await expectError(deleteCard(id, cards[0].id, bKey), 404, "resource_not_found");
    await expectError(deleteCard(id, cards[0].id, shopA.keys.live.secretKey), 404, "resource_not_found");
    await expectError(remove(id, bKey), 404, "resource_not_found");
    // A card under the wrong customer id is not found either.
    const { id: other } = await (await create({})).json();
    await expectError(deleteCard(other, cards[0].id), 404, "resource_not_found");
    // Shop A's token on its own customer, but through B's customer id: refused before the token is touched.
    const { id: customerOfB } = await (await create({}, { key: bKey })).json();
    const tokenOfA = await token();
    await expectError(addCard(customerOfB, { cardTokenId: tokenOfA }), 404, "resource_not_found");
    expect((await tokenRow(tokenOfA)).usedAt).toBeNull();

    const after = await (await get(id)).json();
    expect(after.cards).toHaveLength(1);
    expect(after.deletedAt).toBeNull();
  });

  it("refuses a used token, bad bodies and a missing cardTokenId, saving nothing", async () => {
    const cardTokenId = await token();
    const { id } = await (await create({ cardTokenId })).json();
    await expectError(addCard(id, { cardTokenId }), 409, "card_token_used", "cardTokenId");
    await expectError(addCard(id, {}), 400, "parameter_invalid", "cardTokenId");
    await expectError(addCard(id, { cardTokenId: ["ctok_x"] }), 400, "parameter_invalid", "cardTokenId");
    await expectError(addCard(id, undefined, { raw: "not json" }), 400, "invalid_json");
    await expectError(addCard(id, undefined, { raw: JSON.stringify({ cardTokenId: "x".repeat(10_000) }) }), 413, "body_too_large");
    await expectError(addCard("cus_doesnotexist00000000", { cardTokenId: await token() }), 404, "resource_not_found");
    expect(await counts()).toEqual({ customers: 1, cards: 1 });
  });

  it("deleting a customer deletes its cards; it is then unknown everywhere", async () => {
    const { id, cards } = await (await create({ cardTokenId: await token() })).json();
    const deleted = await remove(id);
    expect(deleted.status).toBe(200);
    expect(await deleted.json()).toMatchObject({ id, deletedAt: expect.any(String) });
    const [row] = await ctx.db.select().from(schema.cards).where(eq(schema.cards.id, cards[0].id));
    expect(row!.deletedAt).not.toBeNull();
    expect(await eventTypes(cards[0].id)).toEqual(["customer.card.deleted", "customer.card.saved"]);
    expect(await eventTypes(id)).toEqual(["customer.created", "customer.deleted"]);
    await expectError(get(id), 404, "resource_not_found");
    await expectError(remove(id), 404, "resource_not_found");
    await expectError(listCards(id), 404, "resource_not_found");
    const fresh = await token();
    await expectError(addCard(id, { cardTokenId: fresh }), 404, "resource_not_found");
    expect((await tokenRow(fresh)).usedAt).toBeNull();
  });
});
