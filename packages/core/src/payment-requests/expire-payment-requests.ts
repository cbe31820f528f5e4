import { type Database, schema } from "@jeton/db";
import { and, eq, inArray, lte, notExists } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { recordEvent } from "../events/record-event";
import type { PlatformUrls } from "../urls/platform-urls";
import { toPaymentRequestView } from "./payment-request-view";

const BATCH = 100;

/**
 * Writes `expired` on open requests past their expiry and emits
 * `payment_request.expired`, so the merchant hears of a link that was never
 * paid. Reads already show such requests as expired (effectiveStatus); this
 * makes it a state change with its event. A request with a 3-D Secure
 * challenge still running is left to finish it: the challenge sweep (or the
 * shopper) ends that attempt first. One conditional UPDATE per batch, so
 * several instances never expire a request twice.
 */
export async function expirePaymentRequests(
  { db, clock, urls }: { db: Database; clock: Clock; urls: PlatformUrls },
): Promise<Array<typeof schema.paymentRequests.$inferSelect>> {
  const now = clock.now();
  return db.transaction(async (tx) => {
    const due = tx
      .select({ id: schema.paymentRequests.id })
      .from(schema.paymentRequests)
      .where(
        and(
          eq(schema.paymentRequests.status, "open"),
          lte(schema.paymentRequests.expiresAt, now),
          notExists(
            tx
              .select({ id: schema.transactions.id })
              .from(schema.transactions)
              .where(and(eq(schema.transactions.paymentRequestId, schema.paymentRequests.id), eq(schema.transactions.status, "requires_action"))),
          ),
        ),
      )
      .limit(BATCH)
      .for("update", { skipLocked: true });
    const rows = await tx
      .update(schema.paymentRequests)
      .set({ status: "expired", completedAt: now })
      .where(and(eq(schema.paymentRequests.status, "open"), inArray(schema.paymentRequests.id, due)))
      .returning();
    for (const row of rows) {
      await recordEvent(tx, clock, {
        merchantId: row.merchantId,
        mode: row.mode,
        type: "payment_request.expired",
        objectId: row.id,
        data: toPaymentRequestView(row, urls.publicUrl, now) as unknown as Record<string, unknown>,
      });
    }
    return rows;
  });
}
