import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK, type JWTPayload } from "jose";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createMemoryReplayStore } from "./create-memory-replay-store";
import { JetonConnectionError, JetonSignatureError } from "./errors";
import { verifyReturn } from "./verify-return";

const MERCHANT = "mer_shop";
const ISSUER = "https://pay.example";
const PR = "pr_123";

let server: Server;
let jwksUrl: string;
let jwksFetches = 0;
let signingKey: CryptoKey;
let strangerKey: CryptoKey;
const published: { keys: JWK[] } = { keys: [] };

beforeAll(async () => {
  const pair = await generateKeyPair("ES256");
  signingKey = pair.privateKey;
  strangerKey = (await generateKeyPair("ES256")).privateKey;
  published.keys.push({ ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "ES256", use: "sig" });
  server = createServer((request, response) => {
    if (request.url !== "/.well-known/jwks.json") {
      response.writeHead(404).end();
      return;
    }
    jwksFetches += 1;
    response.writeHead(200, { "Content-Type": "application/jwk-set+json" }).end(JSON.stringify(published));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const now = () => Math.floor(Date.now() / 1000);
const result = { status: "succeeded", paymentRequestId: PR, transactionId: "tx_1", amount: 4200, currency: "EUR", merchantReference: "order-7", mode: "test" };

async function token(
  overrides: { claims?: JWTPayload; iat?: number; exp?: number; aud?: string; iss?: string; kid?: string; key?: CryptoKey; jti?: string | null } = {},
) {
  const iat = overrides.iat ?? now();
  const jwt = new SignJWT({ ...result, ...overrides.claims })
    .setProtectedHeader({ alg: "ES256", kid: overrides.kid ?? "k1", typ: "JWT" })
    .setIssuer(overrides.iss ?? ISSUER)
    .setAudience(overrides.aud ?? MERCHANT)
    .setSubject(PR)
    .setIssuedAt(iat)
    .setExpirationTime(overrides.exp ?? iat + 600);
  if (overrides.jti !== null) jwt.setJti(overrides.jti ?? crypto.randomUUID());
  return jwt.sign(overrides.key ?? signingKey);
}

const options = () => ({ jwksUrl, merchantId: MERCHANT, issuer: ISSUER, mode: "test" as const, paymentRequestId: PR });

async function refusal(promise: Promise<unknown>): Promise<JetonSignatureError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(JetonSignatureError);
  return error as JetonSignatureError;
}

describe("verifyReturn", () => {
  it("returns the result from a raw urlencoded body, parsed params, an object or the bare token", async () => {
    const jws = await token();
    const expected = { ...result, iss: ISSUER, aud: MERCHANT, sub: PR, iat: expect.any(Number), exp: expect.any(Number), jti: expect.any(String) };
    await expect(verifyReturn(`jeton_result=${encodeURIComponent(jws)}`, options())).resolves.toEqual(expected);
    await expect(verifyReturn(new URLSearchParams({ jeton_result: jws }), options())).resolves.toEqual(expected);
    await expect(verifyReturn({ jeton_result: jws, other: "x" }, options())).resolves.toEqual(expected);
    await expect(verifyReturn(jws, { jwksUrl, merchantId: MERCHANT, mode: "test", paymentRequestId: PR })).resolves.toEqual(expected);
    // The key set is fetched once and cached.
    expect(jwksFetches).toBe(1);
  });

  it("refuses a test-mode result where a live one is expected, and the other way round", async () => {
    expect((await refusal(verifyReturn(await token(), { ...options(), mode: "live" }))).code).toBe("wrong_mode");
    const live = await token({ claims: { mode: "live" } });
    expect((await refusal(verifyReturn(live, options()))).code).toBe("wrong_mode");
    await expect(verifyReturn(live, { ...options(), mode: "live" })).resolves.toMatchObject({ mode: "live" });
  });

  it("refuses a valid result of another payment request (another order's token posted to this order's return URL)", async () => {
    const error = await refusal(verifyReturn(await token(), { ...options(), paymentRequestId: "pr_other" }));
    expect(error.code).toBe("wrong_payment_request");
  });

  it("requires the expected mode and payment request id, so that neither check can be forgotten", async () => {
    const jws = await token();
    for (const missing of [{ mode: undefined }, { mode: "both" }, { paymentRequestId: undefined }, { paymentRequestId: "" }]) {
      await expect(verifyReturn(jws, { ...options(), ...missing } as never), JSON.stringify(missing)).rejects.toBeInstanceOf(TypeError);
    }
  });

  it("refuses a result for another merchant", async () => {
    expect((await refusal(verifyReturn({ jeton_result: await token({ aud: "mer_other" }) }, options()))).code).toBe("wrong_audience");
  });

  it("refuses a tampered payload or signature, another issuer, and a key that is not published", async () => {
    const [header, payload, signature] = (await token()).split(".") as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, amount: 1, status: "succeeded" })).toString("base64url");
    expect((await refusal(verifyReturn(`${header}.${forged}.${signature}`, options()))).code).toBe("invalid_signature");
    const flipped = signature.slice(0, 5) + (signature[5] === "A" ? "B" : "A") + signature.slice(6);
    expect((await refusal(verifyReturn(`${header}.${payload}.${flipped}`, options()))).code).toBe("invalid_signature");
    expect((await refusal(verifyReturn(await token({ iss: "https://evil.example" }), options()))).code).toBe("invalid_signature");
    // Same kid, different private key.
    expect((await refusal(verifyReturn(await token({ key: strangerKey }), options()))).code).toBe("invalid_signature");
  });

  it("refuses an unknown kid", async () => {
    const error = await refusal(verifyReturn(await token({ kid: "k-unknown", key: strangerKey }), options()));
    expect(error.code).toBe("invalid_signature");
    expect(error.message).toMatch(/kid/);
  });

  it("refuses other algorithms, including an HMAC made with the public key", async () => {
    const secret = new TextEncoder().encode(JSON.stringify(published.keys[0]));
    const hs = await new SignJWT({ ...result, jti: "j" }).setProtectedHeader({ alg: "HS256", kid: "k1" }).setAudience(MERCHANT).setIssuedAt().setExpirationTime("5m").sign(secret);
    expect((await refusal(verifyReturn(hs, options()))).code).toBe("invalid_signature");
    const none = `${Buffer.from(JSON.stringify({ alg: "none", kid: "k1" })).toString("base64url")}.${Buffer.from(JSON.stringify({ ...result, aud: MERCHANT })).toString("base64url")}.`;
    expect((await refusal(verifyReturn({ jeton_result: none }, options()))).code).toBe("malformed");
  });

  it("refuses an expired result, and one issued more than 10 minutes ago whatever its exp", async () => {
    expect((await refusal(verifyReturn(await token({ iat: now() - 700, exp: now() - 100 }), options()))).code).toBe("expired");
    expect((await refusal(verifyReturn(await token({ iat: now() - 700, exp: now() + 3600 }), options()))).code).toBe("expired");
    // Issued in the future beyond the clock tolerance: a bad clock somewhere, never accepted.
    expect((await refusal(verifyReturn(await token({ iat: now() + 120 }), options()))).code).toBe("expired");
    // Within the tolerance both ways.
    await expect(verifyReturn(await token({ iat: now() + 10 }), options())).resolves.toBeTruthy();
    await expect(verifyReturn(await token({ iat: now() - 590, exp: now() - 5 }), options())).resolves.toBeTruthy();
  });

  it("refuses a replay once the store has seen the jti, and asks the store only about valid tokens", async () => {
    const isReplay = vi.fn(createMemoryReplayStore());
    const jws = await token({ jti: "jti-once" });
    const first = await verifyReturn(jws, { ...options(), isReplay });
    expect(first.jti).toBe("jti-once");
    expect(isReplay).toHaveBeenCalledWith("jti-once", new Date((first.exp + 30) * 1000));
    expect((await refusal(verifyReturn(jws, { ...options(), isReplay }))).code).toBe("replayed");

    isReplay.mockClear();
    await refusal(verifyReturn(await token({ aud: "mer_other" }), { ...options(), isReplay }));
    expect(isReplay).not.toHaveBeenCalled();
    // An async store works the same way.
    const asyncStore = async () => true;
    expect((await refusal(verifyReturn(await token(), { ...options(), isReplay: asyncStore }))).code).toBe("replayed");
  });

  it("reports a missing or malformed field as malformed", async () => {
    const jws = await token();
    const cases: unknown[] = [
      "",
      "other=1",
      "jeton_result=",
      "jeton_result=not-a-jws",
      `jeton_result=${jws}&jeton_result=${jws}`,
      new URLSearchParams(),
      {},
      { jeton_result: 42 },
      { jeton_result: [jws, jws] },
      { jeton_result: null },
      "a.b.c",
      `${jws.split(".")[0]}.%%%.${jws.split(".")[2]}`,
    ];
    for (const input of cases) {
      expect((await refusal(verifyReturn(input as string, options()))).code, String(input)).toBe("malformed");
    }
    expect((await refusal(verifyReturn(null as never, options()))).code).toBe("malformed");
  });

  it("refuses a validly signed token whose claims are not a payment result", async () => {
    expect((await refusal(verifyReturn(await token({ jti: null }), options()))).code).toBe("malformed");
    expect((await refusal(verifyReturn(await token({ claims: { status: "paid" } }), options()))).code).toBe("malformed");
    expect((await refusal(verifyReturn(await token({ claims: { amount: "4200" } }), options()))).code).toBe("malformed");
    expect((await refusal(verifyReturn(await token({ claims: { paymentRequestId: "pr_other" } }), options()))).code).toBe("malformed");
  });

  it("reports an unreachable key set as a connection error and bad options as programming errors", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const jws = await token();
    await expect(verifyReturn(jws, { ...options(), jwksUrl: `http://127.0.0.1:${port}/jwks.json` })).rejects.toBeInstanceOf(JetonConnectionError);
    const notFound = jwksUrl.replace("/.well-known/jwks.json", "/nope");
    await expect(verifyReturn(jws, { ...options(), jwksUrl: notFound })).rejects.toBeInstanceOf(JetonConnectionError);
    await expect(verifyReturn(jws, { ...options(), jwksUrl: "not a url" })).rejects.toBeInstanceOf(TypeError);
    await expect(verifyReturn(jws, { ...options(), merchantId: "" })).rejects.toBeInstanceOf(TypeError);
  });
});

describe("createMemoryReplayStore", () => {
  it("remembers a jti until its expiry, then forgets it", () => {
    let clock = 1_000_000;
    const isReplay = createMemoryReplayStore({ now: () => clock });
    const until = new Date(clock + 60_000);
    expect(isReplay("a", until)).toBe(false);
    expect(isReplay("a", until)).toBe(true);
    expect(isReplay("b", until)).toBe(false);
    clock += 60_000;
    expect(isReplay("a", until)).toBe(false);
  });
});
