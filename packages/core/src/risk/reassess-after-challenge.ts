import { schema } from "@jeton/db";
import { and, desc, eq } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import type { Database } from "@jeton/db";
import { assessPaymentRisk } from "./assess-payment-risk";
import { toStoredTransactionRisk, type StoredTransactionRisk } from "./risk-assessment-view";
import { riskSettingsOf, type RiskDeps } from "./risk-settings";
import type { RiskAction } from "./risk-rule";

type Row = typeof schema.transactions.$inferSelect;

const SEVERITY: Record<RiskAction, number> = { allow: 0, require_3ds: 1, review: 2, block: 3 };

/**
 * After a successful challenge, before the authorization: the rules run
 * again with the 3-D Secure outcome, on the attempt's own facts (address,
 * device, email) recorded by its first assessment. `require_3ds` is now
 * satisfied; a `review` decided before the challenge still holds.
 */
export async function reassessAfterChallenge(
  deps: { db: Database; clock: Clock } & RiskDeps,
  transaction: Row,
  threeDs: { transStatus: string; liabilityShift: boolean },
): Promise<{ outcome: RiskAction; stored: StoredTransactionRisk & Record<string, unknown>; holdUntil: Date | null } | null> {
  const settings = riskSettingsOf(deps);
  if (!settings.enabled) return null;
  const { riskAssessments } = schema;
  const [first] = await deps.db
    .select({ ip: riskAssessments.ip, deviceSession: riskAssessments.deviceSession, outcome: riskAssessments.outcome })
    .from(riskAssessments)
    .where(and(eq(riskAssessments.transactionId, transaction.id), eq(riskAssessments.stage, "authorization")))
    .orderBy(desc(riskAssessments.createdAt))
    .limit(1);
  const assessment = await assessPaymentRisk(deps, {
    merchantId: transaction.merchantId,
    mode: transaction.mode,
    transactionId: transaction.id,
    stage: "challenge",
    card: { fingerprint: transaction.fingerprint, brand: transaction.brand, bin: transaction.bin, last4: transaction.last4, pan: null },
    amount: transaction.amount,
    currency: transaction.currency,
    ip: first?.ip ?? null,
    email: transaction.customerEmail,
    customerId: transaction.customerId,
    deviceSession: first?.deviceSession ?? null,
    paymentRequestId: transaction.paymentRequestId,
    threeDs: { state: "done", ...threeDs },
  });
  const settled = (action: RiskAction | undefined): RiskAction => (action === "require_3ds" || action === undefined ? "allow" : action);
  const before = settled(first?.outcome);
  const now = settled(assessment.outcome);
  const outcome = SEVERITY[before] > SEVERITY[now] ? before : now;
  const stored = { ...toStoredTransactionRisk(assessment), outcome, ...(outcome !== now ? { rule: "authorization_stage" } : {}) };
  return {
    outcome,
    stored: stored as StoredTransactionRisk & Record<string, unknown>,
    holdUntil: outcome === "review" ? new Date(deps.clock.now().getTime() + settings.reviewExpiryHours * 3_600_000) : null,
  };
}
