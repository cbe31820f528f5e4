import { randomBytes } from "node:crypto";
import { schema, type DatabaseHandle } from "@jeton/db";
import { createTestDatabase } from "@jeton/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemClock } from "../clock/clock";
import { createMerchant } from "../merchants/create-merchant";
import { consumeCardToken } from "../tokens/consume-card-token";
import { createCardToken } from "../tokens/create-card-token";
import { createVault } from "./create-vault";
import { rotateVaultKeys } from "./rotate-vault-keys";

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
});
