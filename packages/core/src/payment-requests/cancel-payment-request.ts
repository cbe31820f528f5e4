import { type Database, schema } from "@jeton/db";
import { eq, gt } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { recordEvent } from "../events/record-event";
import type { PlatformUrls } from "../urls/platform-urls";
import { ownedWhere, type Mode } from "../scope";
import { getPaymentRequest } from "./get-payment-request";
import { toPaymentRequestView, type PaymentRequestView } from "./payment-request-view";

/**
 * Cancels an open request so its link can no longer be paid. Conditional on
 * `status = 'open'`, so it cannot race a payment that is completing; the
 * `payment_request.canceled` event commits with it.
 */
export async function cancelPaymentRequest(
  { db, clock, urls }: { db: Database; clock: Clock; urls: PlatformUrls },
  { merchantId, mode, id }: { merchantId: string; mode: Mode; id: string },
): Promise<PaymentRequestView> {
  const current = await getPaymentRequest({ db, clock, urls }, { merchantId, mode, id });
  const now = clock.now();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(schema.paymentRequests)
      .set({ status: "canceled", completedAt: now })
      .where(ownedWhere(schema.paymentRequests, { merchantId, mode }, id, eq(schema.paymentRequests.status, "open"), gt(schema.paymentRequests.expiresAt, now)))
      .returning();
    if (!row) {
      throw new AppError("payment_request_not_open", `This payment request is ${current.status} and cannot be canceled.`);
    }
    const view = toPaymentRequestView(row, urls.publicUrl, now);
    await recordEvent(tx, clock, {
      merchantId,
      mode,
      type: "payment_request.canceled",
      objectId: id,
      data: view as unknown as Record<string, unknown>,
    });
    return view;
  });
}
