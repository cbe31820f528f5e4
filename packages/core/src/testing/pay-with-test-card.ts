import type { Database, schema } from "@jeton/db";
import type { Clock } from "../clock/clock";
import type { Mode } from "../merchants/create-api-key";
import { createPaymentRequest } from "../payment-requests/create-payment-request";
import type { Vault } from "../vault/create-vault";
import { attemptCardPayment } from "./attempt-card-payment";
import { testAcquirersWithLive } from "./test-acquirers";
import { testUrls } from "./test-urls";

/**
 * Tests only: a transaction paid through the hosted page with the frictionless
 * 4242 card, `authorized` with manual capture or `captured` with automatic.
 */
export async function payWithTestCard(
  deps: { db: Database; vault: Vault; clock: Clock },
  input: { merchantId: string; returnUrl: string; mode?: Mode; amount?: number; currency?: string; captureMode?: "automatic" | "manual" },
): Promise<typeof schema.transactions.$inferSelect> {
  const request = await createPaymentRequest({ ...deps, urls: testUrls, acquirers: testAcquirersWithLive }, {
    merchantId: input.merchantId,
    mode: input.mode ?? "test",
    input: {
      amount: input.amount ?? 10_000,
      currency: input.currency ?? "EUR",
      returnUrl: input.returnUrl,
      captureMode: input.captureMode ?? "manual",
    },
  });
  const result = await attemptCardPayment(deps, request.id, "4242424242424242");
  if (result.kind !== "completed") throw new Error(`expected a completed payment, got ${result.kind}`);
  return result.transaction;
}
