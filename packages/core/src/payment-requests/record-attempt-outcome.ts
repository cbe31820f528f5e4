import { type Database, schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { recordEvent } from "../events/record-event";
import type { PlatformUrls } from "../urls/platform-urls";
import { toPaymentRequestView } from "./payment-request-view";
import { savePaymentRequestCard } from "./save-payment-request-card";
import { createInstallmentPlan } from "../recurring/create-installment-plan";
import { applyCardUpdate } from "../recurring/create-card-update-link";

type Row = typeof schema.paymentRequests.$inferSelect;

/**
 * After an attempt ends: a success closes the request (it can be paid once);
 * a failure leaves it open for another card until its attempts run out.
 */
export async function recordAttemptOutcome(
  db: Database,
  { clock, urls }: { clock: Clock; urls: PlatformUrls },
  { paymentRequestId, outcome }: {
    paymentRequestId: string;
    outcome: { succeeded: true; transactionId?: string; cardTokenId?: string } | { succeeded: false };
  },
): Promise<Row> {
  const [current] = await db.select().from(schema.paymentRequests).where(eq(schema.paymentRequests.id, paymentRequestId)).for("update");
  if (!current) throw new Error(`payment request ${paymentRequestId} vanished`);
  if (current.status !== "open") return current;
  const now = clock.now();
  let changes: Partial<Row> | undefined;
  if (outcome.succeeded) {
    changes = {
      status: "succeeded",
      completedAt: now,
      transactionId: outcome.transactionId ?? null,
      cardTokenId: outcome.cardTokenId ?? null,
    };
    if (current.saveCard) {
      const saved = await saveCardOf(db, clock, current, outcome);
      // A tokenize request that saves the card answers with the card: its token is used up.
      if (saved) changes = { ...changes, ...saved, cardTokenId: null };
      // Instalments: the first is paid and the card saved; the plan queues the next ones.
      if (saved && current.installments && outcome.transactionId) {
        const plan = await createInstallmentPlan(db, clock, { paymentRequest: current, transactionId: outcome.transactionId, ...saved });
        changes = { ...changes, installmentPlanId: plan.id };
      }
      // A card-update link: the new card replaces the subscription's, and this payment settles the amount due.
      if (saved && current.subscriptionId && outcome.transactionId) {
        await applyCardUpdate(db, clock, { subscriptionId: current.subscriptionId, cardId: saved.cardId, transactionId: outcome.transactionId });
      }
    }
  } else if (current.attempts >= current.maxAttempts) {
    changes = { status: "failed", completedAt: now };
  }
  if (!changes) return current;
  const [row] = await db.update(schema.paymentRequests).set(changes).where(eq(schema.paymentRequests.id, paymentRequestId)).returning();
  if (!row) throw new Error(`payment request ${paymentRequestId} vanished`);
  await recordEvent(db, clock, {
    merchantId: row.merchantId,
    mode: row.mode,
    type: `payment_request.${row.status}`,
    objectId: row.id,
    data: toPaymentRequestView(row, urls.publicUrl, now) as unknown as Record<string, unknown>,
  });
  return row;
}

async function saveCardOf(db: Database, clock: Clock, current: Row, outcome: { transactionId?: string; cardTokenId?: string }) {
  let cardTokenId = outcome.cardTokenId;
  if (outcome.transactionId) {
    const [transaction] = await db
      .select({ cardTokenId: schema.transactions.cardTokenId })
      .from(schema.transactions)
      .where(eq(schema.transactions.id, outcome.transactionId));
    cardTokenId = transaction?.cardTokenId ?? undefined;
  }
  if (!cardTokenId) return null;
  return savePaymentRequestCard(db, clock, { paymentRequest: current, cardTokenId, transactionId: outcome.transactionId });
}
