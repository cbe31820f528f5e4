import { type Database, schema } from "@jeton/db";
import type { Clock } from "../clock/clock";
import type { PlatformUrls } from "../urls/platform-urls";
import { findScoped, type Mode } from "../scope";
import { toPaymentRequestView, type PaymentRequestView } from "./payment-request-view";

/** A merchant's own payment request; anyone else's id is not found. */
export async function getPaymentRequest(
  { db, clock, urls }: { db: Database; clock: Clock; urls: PlatformUrls },
  { merchantId, mode, id }: { merchantId: string; mode: Mode; id: string },
): Promise<PaymentRequestView> {
  const row = await findScoped(db, schema.paymentRequests, { merchantId, mode }, id, { what: "payment request", prefix: "pr" });
  return toPaymentRequestView(row, urls.publicUrl, clock.now());
}
