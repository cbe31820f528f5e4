import { type Database, schema } from "@jeton/db";
import { and, eq } from "drizzle-orm";
import type { Mode } from "../merchants/create-api-key";
import type { Vault } from "../vault/create-vault";
import { createClientSecret } from "./client-secret";

/**
 * The client secret of one of the merchant's transactions, derived again for
 * an idempotent replay of the request that created it (the stored answer
 * never holds it). Null when the transaction has none, or when its secret was
 * made before secrets were derived (random, so it cannot be shown again).
 */
export async function revealClientSecret(
  { db, vault }: { db: Database; vault: Vault },
  { merchantId, mode, transactionId }: { merchantId: string; mode: Mode; transactionId: string },
): Promise<string | null> {
  const t = schema.transactions;
  const [row] = await db
    .select({ hash: t.clientSecretHash })
    .from(t)
    .where(and(eq(t.id, transactionId), eq(t.merchantId, merchantId), eq(t.mode, mode)));
  if (!row?.hash) return null;
  const derived = createClientSecret(vault, transactionId);
  return derived.hash === row.hash ? derived.clientSecret : null;
}
