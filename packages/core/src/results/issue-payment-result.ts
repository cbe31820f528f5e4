import { type Database, schema } from "@jeton/db";
import { and, eq } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import type { Vault } from "../vault/create-vault";
import { signPaymentResult, type SignPaymentResultInput } from "./sign-payment-result";

/**
 * The signed result of a payment request's outcome, signed once: the first
 * view of a ticket signs and stores it, every later view serves the stored
 * token again, with the same `jti`. A shopper reloading the page therefore
 * cannot mint fresh tokens for the merchant's replay store to tell apart.
 * Concurrent first views race on the unique (request, status) index: the
 * loser's token is dropped and the stored one returned.
 */
export async function issuePaymentResult(
  deps: { db: Database; vault: Vault; clock: Clock },
  input: Omit<SignPaymentResultInput, "lifetimeSeconds">,
): Promise<{ token: string; jti: string; expiresAt: Date }> {
  const stored = () => findPaymentResult(deps.db, input.paymentRequestId, input.result.status);
  const existing = await stored();
  if (existing) return existing;
  const signed = await signPaymentResult(deps, input);
  await deps.db
    .insert(schema.paymentResults)
    .values({ jti: signed.jti, paymentRequestId: input.paymentRequestId, status: input.result.status, token: signed.token, expiresAt: signed.expiresAt })
    .onConflictDoNothing();
  const kept = await stored();
  if (!kept) throw new Error("the signed result was not stored");
  return kept;
}

async function findPaymentResult(db: Database, paymentRequestId: string, status: string) {
  const [row] = await db
    .select({ token: schema.paymentResults.token, jti: schema.paymentResults.jti, expiresAt: schema.paymentResults.expiresAt })
    .from(schema.paymentResults)
    .where(and(eq(schema.paymentResults.paymentRequestId, paymentRequestId), eq(schema.paymentResults.status, status)));
  return row ?? null;
}
