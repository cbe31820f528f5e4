import { type Database, schema } from "@jeton/db";
import type { Clock } from "../clock/clock";
import { findScoped, type Mode } from "../scope";
import { toPaymentRequestView, type PaymentRequestView } from "./payment-request-view";

/** A merchant's own payment request; anyone else's id is not found. */
export async function getPaymentRequest(
  { db, clock }: { db: Database; clock: Clock },
  { merchantId, mode, id, publicUrl }: { merchantId: string; mode: Mode; id: string; publicUrl: string },
): Promise<PaymentRequestView> {
  const row = await findScoped(db, schema.paymentRequests, { merchantId, mode }, id, { what: "payment request", prefix: "pr" });
  return toPaymentRequestView(row, publicUrl, clock.now());
}
