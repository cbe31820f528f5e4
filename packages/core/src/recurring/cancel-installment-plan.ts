import { type Database, schema } from "@jeton/db";
import { and, eq, inArray } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { recordEvent } from "../events/record-event";
import { findScoped, type MerchantScope } from "../scope";
import { recurringClock } from "./recurring-clock";
import { toInstallmentPlanView, type InstallmentPlanView } from "./recurring-views";

/**
 * Stops an active plan: the instalments not yet paid are `skipped` (a retry
 * pending included) and nothing more is charged; the instalments paid stay
 * paid (refunds are the payments' own). The plan row is locked first, as the
 * scheduler locks it before charging, so a charge running at the same moment
 * either commits before (and is kept) or finds the plan canceled and skips.
 * Emits `installment_plan.canceled`. Only an `active` plan can be canceled.
 */
export async function cancelInstallmentPlan(
  deps: { db: Database; clock: Clock },
  { scope, installmentPlanId }: { scope: MerchantScope; installmentPlanId: string },
): Promise<InstallmentPlanView> {
  return deps.db.transaction(async (db) => {
    const { installmentPlans: p, recurringCharges: rc } = schema;
    const current = await findScoped(db, p, scope, installmentPlanId, { what: "installment plan", prefix: "ipl", lock: "update" });
    if (current.status !== "active") throw new AppError("invalid_state_transition", `Only an active instalment plan can be canceled; this one is ${current.status}.`);
    const clock = await recurringClock(db, deps.clock, current.testClockId);
    const now = clock.now();
    const [canceled] = await db.update(p).set({ status: "canceled", updatedAt: now }).where(eq(p.id, current.id)).returning();
    await db
      .update(rc)
      .set({ status: "skipped", nextAttemptAt: null, updatedAt: now })
      .where(and(eq(rc.installmentPlanId, current.id), inArray(rc.status, ["scheduled", "retrying"])));
    const charges = await db.select().from(rc).where(eq(rc.installmentPlanId, current.id));
    const view = toInstallmentPlanView(canceled!, charges);
    await recordEvent(db, clock, { merchantId: current.merchantId, mode: current.mode, type: "installment_plan.canceled", objectId: current.id, data: view as unknown as Record<string, unknown> });
    return view;
  });
}
