import { randomBytes } from "node:crypto";
import type { Database } from "@jeton/db";
import { importJWK, SignJWT, type CryptoKey, type JWK } from "jose";
import type { Clock } from "../clock/clock";
import type { Vault } from "../vault/create-vault";
import type { SigningKey } from "./create-signing-key";
import { ensureSigningKey } from "./ensure-signing-key";

/** SPEC §7: a return token lives at most 10 minutes; it only has to survive one browser redirect. */
export const MAX_RESULT_TOKEN_LIFETIME_SECONDS = 600;

/** What the merchant learns from the return POST, as top-level claims of the token. */
export interface PaymentResultClaims {
  status: "succeeded" | "declined" | "authentication_failed" | "canceled" | "expired" | "failed";
  paymentRequestId: string;
  transactionId?: string;
  /** Integer minor units. */
  amount: number;
  currency: string;
  merchantReference?: string | null;
  responseCode?: string | null;
  declineCode?: string | null;
  threeDs?: { version: string; transStatus: string; eci?: string; liabilityShift: boolean } | null;
  /** For `intent: "tokenize"`. */
  cardTokenId?: string;
  /** With `saveCard`, once succeeded: the saved card (payment or tokenize) and its customer. */
  cardId?: string;
  customerId?: string;
  /** Payment in instalments: the plan (once the first is paid: its id) and each instalment's amount; `amount` is the total. */
  installmentPlan?: { id: string | null; count: number; interval: "month" | "week"; amounts: number[] };
  mode: "test" | "live";
}

export interface SignPaymentResultInput {
  /** The platform's public URL; merchants check it as `iss`. */
  issuer: string;
  /** Becomes `aud`: a token for one merchant is refused by every other. */
  merchantId: string;
  /** Becomes `sub`. */
  paymentRequestId: string;
  result: PaymentResultClaims;
  lifetimeSeconds?: number;
}

// Keys never change once created, so an imported key can be kept for the life
// of the process; this spares a vault open and a JWK import on every payment.
const privateKeys = new Map<string, Promise<CryptoKey>>();

function privateKeyFor(vault: Vault, key: SigningKey): Promise<CryptoKey> {
  let imported = privateKeys.get(key.kid);
  if (!imported) {
    const jwk = JSON.parse(vault.open(key.privateJwkSealed, "secret")) as JWK;
    imported = importJWK(jwk, "ES256") as Promise<CryptoKey>;
    // A failed import must not poison the cache.
    imported.catch(() => privateKeys.delete(key.kid));
    privateKeys.set(key.kid, imported);
  }
  return imported;
}

/**
 * Signs the outcome of a hosted payment as a compact JWS (ES256, `kid` in the
 * header) for the return POST's `jeton_result` field. Any JOSE library
 * verifies it against /.well-known/jwks.json.
 */
export async function signPaymentResult(
  deps: { db: Database; vault: Vault; clock: Clock },
  { issuer, merchantId, paymentRequestId, result, lifetimeSeconds = MAX_RESULT_TOKEN_LIFETIME_SECONDS }: SignPaymentResultInput,
): Promise<{ token: string; jti: string; expiresAt: Date }> {
  if (!Number.isInteger(lifetimeSeconds) || lifetimeSeconds < 1 || lifetimeSeconds > MAX_RESULT_TOKEN_LIFETIME_SECONDS) {
    throw new RangeError(`lifetimeSeconds must be an integer from 1 to ${MAX_RESULT_TOKEN_LIFETIME_SECONDS}`);
  }
  if (result.paymentRequestId !== paymentRequestId) {
    throw new RangeError("result.paymentRequestId differs from paymentRequestId");
  }
  const key = await ensureSigningKey(deps);
  const privateKey = await privateKeyFor(deps.vault, key);
  const issuedAt = Math.floor(deps.clock.now().getTime() / 1000);
  const expiresAt = issuedAt + lifetimeSeconds;
  const jti = randomBytes(16).toString("base64url");
  // Registered claims are set after the spread, so a result can never override them.
  const token = await new SignJWT({ ...result })
    .setProtectedHeader({ alg: "ES256", kid: key.kid, typ: "JWT" })
    .setIssuer(issuer)
    .setAudience(merchantId)
    .setSubject(paymentRequestId)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt)
    .setJti(jti)
    .sign(privateKey);
  return { token, jti, expiresAt: new Date(expiresAt * 1000) };
}
