import { randomBytes } from "node:crypto";
import { type DatabaseHandle, schema } from "@jeton/db";
import { createTestDatabase } from "@jeton/db/testing";
import { createLocalJWKSet, decodeProtectedHeader, errors, jwtVerify } from "jose";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fixedClock } from "../clock/clock";
import { createVault } from "../vault/create-vault";
import { listPublishedJwks } from "./list-published-jwks";
import { signPaymentResult, type PaymentResultClaims } from "./sign-payment-result";

const ISSUER = "https://pay.example";
const MERCHANT = "mer_AAAAAAAAAAAAAAAAAAAAAA";
const PR = "pr_BBBBBBBBBBBBBBBBBBBBBB";
const T0 = new Date("2030-01-01T12:00:00Z");

const result: PaymentResultClaims = {
  status: "succeeded",
  paymentRequestId: PR,
  transactionId: "tx_CCCCCCCCCCCCCCCCCCCCCC",
  amount: 12_345,
  currency: "MAD",
  merchantReference: "order-42",
  responseCode: "00",
  declineCode: null,
  threeDs: { version: "2.2.0", transStatus: "Y", eci: "05", liabilityShift: true },
  mode: "test",
};

let handle: DatabaseHandle;
let clock: ReturnType<typeof fixedClock>;
const vault = createVault({ keks: { k1: randomBytes(32) }, activeKekId: "k1", fingerprintKey: randomBytes(32) });
const deps = () => ({ db: handle.db, vault, clock });
const sign = (overrides: Partial<Parameters<typeof signPaymentResult>[1]> = {}) =>
  signPaymentResult(deps(), { issuer: ISSUER, merchantId: MERCHANT, paymentRequestId: PR, result, ...overrides });
const jwks = async () => createLocalJWKSet(await listPublishedJwks(deps()));

beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});
beforeEach(() => {
  clock = fixedClock(T0);
});

describe("signPaymentResult", () => {
  it("signs a compact ES256 JWS that plain jose verifies against the published JWKS", async () => {
    const { token, jti, expiresAt } = await sign();
    expect(token.split(".")).toHaveLength(3);
    const header = decodeProtectedHeader(token);
    const [key] = (await listPublishedJwks(deps())).keys;
    expect(header).toEqual({ alg: "ES256", kid: key!.kid, typ: "JWT" });

    const { payload } = await jwtVerify(token, await jwks(), {
      issuer: ISSUER,
      audience: MERCHANT,
      algorithms: ["ES256"],
      currentDate: clock.now(),
      requiredClaims: ["exp", "iat", "jti", "sub"],
    });
    const iat = T0.getTime() / 1000;
    expect(payload).toEqual({ ...result, iss: ISSUER, aud: MERCHANT, sub: PR, iat, exp: iat + 600, jti });
    expect(expiresAt).toEqual(new Date(T0.getTime() + 600_000));
  });

  it("gives every token its own jti and honours a shorter lifetime", async () => {
    const a = await sign();
    const b = await sign({ lifetimeSeconds: 60 });
    expect(a.jti).not.toBe(b.jti);
    expect(a.jti).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(b.expiresAt).toEqual(new Date(T0.getTime() + 60_000));
  });

  it("refuses lifetimes above ten minutes, zero, fractional, and a result for another payment request", async () => {
    await expect(sign({ lifetimeSeconds: 601 })).rejects.toThrow(RangeError);
    await expect(sign({ lifetimeSeconds: 0 })).rejects.toThrow(RangeError);
    await expect(sign({ lifetimeSeconds: 1.5 })).rejects.toThrow(RangeError);
    await expect(sign({ paymentRequestId: "pr_other" })).rejects.toThrow(RangeError);
  });

  it("cannot let a result claim override a registered claim", async () => {
    const sneaky = { ...result, aud: "mer_other", iss: "https://evil.example", exp: 9_999_999_999 } as PaymentResultClaims;
    const { token } = await sign({ result: sneaky });
    const { payload } = await jwtVerify(token, await jwks(), { issuer: ISSUER, audience: MERCHANT, currentDate: clock.now() });
    expect(payload.exp).toBe(T0.getTime() / 1000 + 600);
  });

  it("is refused by another merchant (wrong audience) and another issuer", async () => {
    const { token } = await sign();
    const set = await jwks();
    await expect(jwtVerify(token, set, { audience: "mer_other", currentDate: clock.now() })).rejects.toMatchObject({
      code: "ERR_JWT_CLAIM_VALIDATION_FAILED",
      claim: "aud",
    });
    await expect(jwtVerify(token, set, { audience: MERCHANT, issuer: "https://evil.example", currentDate: clock.now() })).rejects.toMatchObject({
      claim: "iss",
    });
  });

  it("is refused once expired", async () => {
    const { token } = await sign({ lifetimeSeconds: 120 });
    const set = await jwks();
    await expect(jwtVerify(token, set, { audience: MERCHANT, currentDate: new Date(T0.getTime() + 119_000) })).resolves.toBeTruthy();
    await expect(jwtVerify(token, set, { audience: MERCHANT, currentDate: new Date(T0.getTime() + 121_000) })).rejects.toBeInstanceOf(
      errors.JWTExpired,
    );
  });

  it("is refused when the payload or the signature is tampered with", async () => {
    const { token } = await sign();
    const [header, payload, signature] = token.split(".") as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, amount: 1 })).toString("base64url");
    const set = await jwks();
    await expect(jwtVerify(`${header}.${forged}.${signature}`, set, { audience: MERCHANT, currentDate: clock.now() })).rejects.toBeInstanceOf(
      errors.JWSSignatureVerificationFailed,
    );
    const flipped = signature.slice(0, 10) + (signature[10] === "A" ? "B" : "A") + signature.slice(11);
    await expect(jwtVerify(`${header}.${payload}.${flipped}`, set, { audience: MERCHANT, currentDate: clock.now() })).rejects.toBeInstanceOf(
      errors.JWSSignatureVerificationFailed,
    );
  });

  it("keeps the private key sealed in the database and out of the JWKS", async () => {
    await sign();
    const rows = await handle.db.select().from(schema.signingKeys);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.privateJwkSealed.startsWith("v1.k1.")).toBe(true);
      expect(row.privateKekId).toBe("k1");
      expect(row.publicJwk).not.toHaveProperty("d");
      expect(JSON.parse(vault.open(row.privateJwkSealed, "secret"))).toHaveProperty("d");
    }
    for (const key of (await listPublishedJwks(deps())).keys) {
      expect(Object.keys(key).sort()).toEqual(["alg", "crv", "kid", "kty", "use", "x", "y"]);
      expect(key).toMatchObject({ kty: "EC", crv: "P-256", alg: "ES256", use: "sig" });
    }
  });
});
