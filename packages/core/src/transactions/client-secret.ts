import { createHash, createHmac } from "node:crypto";
import type { Vault } from "../vault/create-vault";

/**
 * `tx_…_secret_<64 hex>`: the transaction id comes first so token.js finds
 * the transaction from the secret alone, and the random part is hex (no `_`),
 * so the last `_secret_` always splits it.
 */
const CLIENT_SECRET = /^(tx_[A-Za-z0-9_-]{16,64})_secret_([0-9a-f]{64})$/;

/**
 * A 256-bit secret for the browser that runs a transaction's next action;
 * only its hash is stored. It is an HMAC of the transaction id under a server
 * key, so an idempotent replay of the creating request can show it again
 * without it ever being stored in clear (revealClientSecret).
 */
export function createClientSecret(vault: Vault, transactionId: string): { clientSecret: string; hash: string } {
  const mac = createHmac("sha256", vault.derivedKey("client-secret")).update(transactionId).digest("hex");
  const clientSecret = `${transactionId}_secret_${mac}`;
  return { clientSecret, hash: hashClientSecret(clientSecret) };
}

/** A plain SHA-256 is enough: the secret is unguessable, not a password. */
export function hashClientSecret(clientSecret: string): string {
  return createHash("sha256").update(clientSecret).digest("hex");
}

/** The transaction a well-formed client secret belongs to, or null. */
export function transactionIdOfClientSecret(clientSecret: string): string | null {
  return CLIENT_SECRET.exec(clientSecret)?.[1] ?? null;
}
