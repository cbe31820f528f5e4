import { randomBytes } from "node:crypto";
import { schema, type DatabaseHandle } from "@jeton/db";
import { createTestDatabase } from "@jeton/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemClock } from "../clock/clock";
import { createMerchant } from "../merchants/create-merchant";
import { consumeCardToken } from "../tokens/consume-card-token";
import { createCardToken } from "../tokens/create-card-token";
import { ensureSigningKey } from "../results/ensure-signing-key";
import { rotateSigningKey } from "../results/rotate-signing-key";
import { createVault } from "./create-vault";
import { rotateVaultKeys } from "./rotate-vault-keys";
import { createWebhookEndpoint } from "../webhooks/create-webhook-endpoint";
import { deleteWebhookEndpoint } from "../webhooks/delete-webhook-endpoint";
import { createCustomer } from "../customers/create-customer";
import { addCustomerCard } from "../customers/add-customer-card";
import { deleteCustomerCard } from "../customers/delete-customer-card";
import { testWebhookNetwork } from "../testing/table-resolver";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

describe("rotateVaultKeys", () => {
  it("re-wraps every PAN and CVC under the new KEK, after which the old KEK can go", async () => {
    const fingerprintKey = randomBytes(32);
    const k1 = randomBytes(32);
    const k2 = randomBytes(32);
    const oldVault = createVault({ keks: { k1 }, activeKekId: "k1", fingerprintKey });
    const db = handle.db;
    const { merchantId } = await createMerchant({ db }, { name: "Rotating" });
    const card = { number: "5555555555554444", expMonth: 1, expYear: 2035, cvc: "123" };
    const tokens = [];
    for (let i = 0; i < 7; i++) {
      tokens.push(await createCardToken({ db, vault: oldVault, clock: systemClock }, { merchantId, mode: "test", card }));
    }

    const bothVault = createVault({ keks: { k1, k2 }, activeKekId: "k2", fingerprintKey });
    expect(await rotateVaultKeys({ db, vault: bothVault }, { batchSize: 3 })).toEqual({ rewrapped: 7 });
    expect(await rotateVaultKeys({ db, vault: bothVault })).toEqual({ rewrapped: 0 });
    const rows = await db.select().from(schema.cardTokens);
    expect(new Set(rows.flatMap((r) => [r.panKekId, r.cvcKekId]))).toEqual(new Set(["k2"]));

    const newVault = createVault({ keks: { k2 }, activeKekId: "k2", fingerprintKey });
    const used = await consumeCardToken({ db, vault: newVault, clock: systemClock }, { merchantId, mode: "test", cardTokenId: tokens[0]!.cardTokenId });
    expect(used.number).toBe(card.number);
    expect(used.cvc).toBe("123");
    // Fingerprints do not depend on the KEK, so blacklists survive rotation.
    expect(used.fingerprint).toBe(oldVault.fingerprint(card.number));
  });

  it("re-wraps the sealed private signing keys too", async () => {
    const own = await createTestDatabase();
    try {
      const fingerprintKey = randomBytes(32);
      const k1 = randomBytes(32);
      const k2 = randomBytes(32);
      const oldVault = createVault({ keks: { k1 }, activeKekId: "k1", fingerprintKey });
      const deps = { db: own.db, vault: oldVault, clock: systemClock };
      const first = await ensureSigningKey(deps);
      await rotateSigningKey(deps);
      const before = await own.db.select().from(schema.signingKeys);
      expect(before.map((r) => r.privateKekId)).toEqual(["k1", "k1"]);

      const bothVault = createVault({ keks: { k1, k2 }, activeKekId: "k2", fingerprintKey });
      expect(await rotateVaultKeys({ db: own.db, vault: bothVault })).toEqual({ rewrapped: 2 });
      expect(await rotateVaultKeys({ db: own.db, vault: bothVault })).toEqual({ rewrapped: 0 });

      const newVault = createVault({ keks: { k2 }, activeKekId: "k2", fingerprintKey });
      const after = await own.db.select().from(schema.signingKeys);
      for (const row of after) {
        expect(row.privateKekId).toBe("k2");
        const jwk = JSON.parse(newVault.open(row.privateJwkSealed, "secret"));
        const original = JSON.parse(oldVault.open(before.find((b) => b.kid === row.kid)!.privateJwkSealed, "secret"));
        expect(jwk).toEqual(original);
        expect(typeof jwk.d).toBe("string");
      }
      expect(() => oldVault.open(after.find((r) => r.kid === first.kid)!.privateJwkSealed, "secret")).toThrow();
    } finally {
      await own.close();
    }
  });

  it("re-wraps webhook endpoint secrets too, deleted endpoints included", async () => {
    const own = await createTestDatabase();
    try {
      const fingerprintKey = randomBytes(32);
      const k1 = randomBytes(32);
      const k2 = randomBytes(32);
      const oldVault = createVault({ keks: { k1 }, activeKekId: "k1", fingerprintKey });
      const { merchantId } = await createMerchant({ db: own.db }, { name: "Hooks" });
      const created = [];
      for (let i = 0; i < 5; i++) {
        created.push(await createWebhookEndpoint({ db: own.db, vault: oldVault, webhookNetwork: testWebhookNetwork() }, { merchantId, mode: "test", url: `https://shop.example/h${i}` }));
      }
      await deleteWebhookEndpoint({ db: own.db, clock: systemClock }, { merchantId, mode: "test", endpointId: created[4]!.id });

      const bothVault = createVault({ keks: { k1, k2 }, activeKekId: "k2", fingerprintKey });
      expect(await rotateVaultKeys({ db: own.db, vault: bothVault }, { batchSize: 2 })).toEqual({ rewrapped: 5 });
      expect(await rotateVaultKeys({ db: own.db, vault: bothVault })).toEqual({ rewrapped: 0 });

      const newVault = createVault({ keks: { k2 }, activeKekId: "k2", fingerprintKey });
      const rows = await own.db.select().from(schema.webhookEndpoints);
      expect(rows).toHaveLength(5);
      for (const row of rows) {
        expect(row.secretKekId).toBe("k2");
        expect(newVault.open(row.secretSealed, "secret")).toBe(created.find((c) => c.id === row.id)!.secret);
        expect(() => oldVault.open(row.secretSealed, "secret")).toThrow();
      }
    } finally {
      await own.close();
    }
  });
  it("re-wraps saved cards' PANs too, deleted cards included", async () => {
    const own = await createTestDatabase();
    try {
      const fingerprintKey = randomBytes(32);
      const k1 = randomBytes(32);
      const k2 = randomBytes(32);
      const oldVault = createVault({ keks: { k1 }, activeKekId: "k1", fingerprintKey });
      const deps = { db: own.db, vault: oldVault, clock: systemClock };
      const { merchantId } = await createMerchant({ db: own.db }, { name: "Cards" });
      const numbers = ["4242424242424242", "5555555555554444", "378282246310005"];
      const token = (number: string) =>
        createCardToken(deps, { merchantId, mode: "test", card: { number, expMonth: 1, expYear: 2035, cvc: number.startsWith("3") ? "1234" : "123" } });
      const customer = await createCustomer(deps, { merchantId, mode: "test", input: { cardTokenId: (await token(numbers[0]!)).cardTokenId } });
      await addCustomerCard(deps, { merchantId, mode: "test", customerId: customer.id, cardTokenId: (await token(numbers[1]!)).cardTokenId });
      const third = await addCustomerCard(deps, { merchantId, mode: "test", customerId: customer.id, cardTokenId: (await token(numbers[2]!)).cardTokenId });
      await deleteCustomerCard(deps, { merchantId, mode: "test", customerId: customer.id, cardId: third.id });

      const bothVault = createVault({ keks: { k1, k2 }, activeKekId: "k2", fingerprintKey });
      // 3 card tokens + 3 saved cards.
      expect(await rotateVaultKeys({ db: own.db, vault: bothVault }, { batchSize: 2 })).toEqual({ rewrapped: 6 });
      expect(await rotateVaultKeys({ db: own.db, vault: bothVault })).toEqual({ rewrapped: 0 });

      const newVault = createVault({ keks: { k2 }, activeKekId: "k2", fingerprintKey });
      const rows = await own.db.select().from(schema.cards);
      expect(rows).toHaveLength(3);
      for (const row of rows) {
        expect(row.panKekId).toBe("k2");
        const pan = newVault.open(row.panSealed, "pan");
        expect(numbers).toContain(pan);
        expect(pan.slice(-4)).toBe(row.last4);
        expect(() => oldVault.open(row.panSealed, "pan")).toThrow();
      }
    } finally {
      await own.close();
    }
  });
});
