import { randomBytes } from "node:crypto";
import { type DatabaseHandle, schema } from "@jeton/db";
import { createTestDatabase } from "@jeton/db/testing";
import { isNull } from "drizzle-orm";
import { createLocalJWKSet, decodeProtectedHeader, errors, jwtVerify } from "jose";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fixedClock } from "../clock/clock";
import { createVault } from "../vault/create-vault";
import { ensureSigningKey } from "./ensure-signing-key";
import { listPublishedJwks } from "./list-published-jwks";
import { rotateSigningKey } from "./rotate-signing-key";
import { signPaymentResult } from "./sign-payment-result";

const MERCHANT = "mer_AAAAAAAAAAAAAAAAAAAAAA";
const PR = "pr_BBBBBBBBBBBBBBBBBBBBBB";
const T0 = new Date("2030-01-01T12:00:00Z");

let handle: DatabaseHandle;
let clock: ReturnType<typeof fixedClock>;
const vault = createVault({ keks: { k1: randomBytes(32) }, activeKekId: "k1", fingerprintKey: randomBytes(32) });
const deps = () => ({ db: handle.db, vault, clock });
const sign = () =>
  signPaymentResult(deps(), {
    issuer: "https://pay.example",
    merchantId: MERCHANT,
    paymentRequestId: PR,
    result: { status: "canceled", paymentRequestId: PR, amount: 100, currency: "EUR", mode: "live" },
  });
const verifyAt = async (token: string, at: Date) =>
  jwtVerify(token, createLocalJWKSet(await listPublishedJwks({ db: handle.db, clock: fixedClock(at) })), {
    audience: MERCHANT,
    currentDate: at,
  });
const kids = async () => (await listPublishedJwks(deps())).keys.map((k) => k.kid);
const activeCount = async () => (await handle.db.select().from(schema.signingKeys).where(isNull(schema.signingKeys.retiredAt))).length;

beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});
beforeEach(async () => {
  await handle.db.delete(schema.signingKeys);
  clock = fixedClock(T0);
});

describe("ensureSigningKey", () => {
  it("creates a key on first use and returns the same one afterwards", async () => {
    expect(await listPublishedJwks(deps())).toEqual({ keys: [] });
    const a = await ensureSigningKey(deps());
    const b = await ensureSigningKey(deps());
    expect(b.kid).toBe(a.kid);
    expect(a.kid).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(await kids()).toEqual([a.kid]);
  });

  it("creates exactly one key when many instances start at once", async () => {
    const keys = await Promise.all(Array.from({ length: 8 }, () => ensureSigningKey(deps())));
    expect(new Set(keys.map((k) => k.kid)).size).toBe(1);
    expect(await handle.db.select().from(schema.signingKeys)).toHaveLength(1);
  });
});

describe("rotateSigningKey", () => {
  it("signs new tokens with the new key and keeps the old one published until its tokens have expired", async () => {
    const old = await ensureSigningKey(deps());
    const before = await sign();
    expect(decodeProtectedHeader(before.token).kid).toBe(old.kid);

    clock.advance(60_000);
    const rotated = await rotateSigningKey(deps());
    expect(rotated.retiredKid).toBe(old.kid);
    expect(rotated.kid).not.toBe(old.kid);
    expect(rotated.unpublishAfter).toEqual(new Date(T0.getTime() + 60_000 + 600_000));
    expect(await kids()).toEqual([rotated.kid, old.kid]);

    const after = await sign();
    expect(decodeProtectedHeader(after.token).kid).toBe(rotated.kid);
    // A shopper who paid just before the rotation still comes back with a valid result.
    await expect(verifyAt(before.token, new Date(T0.getTime() + 590_000))).resolves.toBeTruthy();
    await expect(verifyAt(after.token, new Date(T0.getTime() + 590_000))).resolves.toBeTruthy();

    clock.advance(600_001);
    expect(await kids()).toEqual([rotated.kid]);
    await expect(verifyAt(before.token, clock.now())).rejects.toBeInstanceOf(errors.JWKSNoMatchingKey);
    await expect(verifyAt(after.token, new Date(T0.getTime() + 600_000))).resolves.toBeTruthy();
  });

  it("honours a custom publication window and works when no key existed yet", async () => {
    const first = await rotateSigningKey(deps(), { tokenLifetimeSeconds: 30 });
    expect(first.retiredKid).toBeNull();
    expect(first.unpublishAfter).toBeNull();
    const second = await rotateSigningKey(deps(), { tokenLifetimeSeconds: 30 });
    expect(second.retiredKid).toBe(first.kid);
    clock.advance(29_000);
    expect(await kids()).toEqual([second.kid, first.kid]);
    clock.advance(1_000);
    expect(await kids()).toEqual([second.kid]);
    await expect(rotateSigningKey(deps(), { tokenLifetimeSeconds: -1 })).rejects.toThrow(RangeError);
  });

  it("leaves exactly one active key after concurrent rotations", async () => {
    await ensureSigningKey(deps());
    const results = await Promise.all(Array.from({ length: 4 }, () => rotateSigningKey(deps())));
    expect(await activeCount()).toBe(1);
    expect(await handle.db.select().from(schema.signingKeys)).toHaveLength(5);
    // Serialized by the lock: each rotation retired the key the previous one created.
    const retired = new Set(results.map((r) => r.retiredKid));
    expect(retired.size).toBe(4);
    const [active] = await handle.db.select().from(schema.signingKeys).where(isNull(schema.signingKeys.retiredAt));
    expect(results.map((r) => r.kid)).toContain(active!.kid);
    expect(retired.has(active!.kid)).toBe(false);
  });
});
