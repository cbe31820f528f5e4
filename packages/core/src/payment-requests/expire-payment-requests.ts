import { type Database, schema } from "@jeton/db";
import { and, eq, inArray, lte, type SQL, sql } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { recordEvent } from "../events/record-event";
import { followsClock } from "../recurring/clock-scope";
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
 * several instances never expire a request twice. `testClockId` picks the
 * clock (docs/recurring.md): by default the platform's requests, those of a
 * test clock's customers only when that clock is advanced (its time as `clock`).
 */
export async function expirePaymentRequests(
  { db, clock, urls }: { db: Database; clock: Clock; urls: PlatformUrls },
  { testClockId = null }: { testClockId?: string | null } = {},
): Promise<Array<typeof schema.paymentRequests.$inferSelect>> {
  const now = clock.now();
  return db.transaction(async (tx) => {
    const due = tx
      .select({ id: schema.paymentRequests.id })
      .from(schema.paymentRequests)
      .where(paymentRequestExpiryDue(now, testClockId))
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

/** Open requests past their expiry by `until`, of one clock's customers, whose last attempt is not in a 3-D Secure challenge. */
export function paymentRequestExpiryDue(until: Date, testClockId: string | null): SQL {
  const pr = schema.paymentRequests;
  const t = schema.transactions;
  return and(
    eq(pr.status, "open"),
    lte(pr.expiresAt, until),
    sql`not exists (select 1 from ${t} where ${t.paymentRequestId} = ${pr.id} and ${t.status} = 'requires_action')`,
    followsClock(pr.customerId, testClockId),
  )!;
}
