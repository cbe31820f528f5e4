import { runStatement, type StatementExecutor } from "@jeton/db";
import type { Clock } from "../clock/clock";
import { createId } from "../ids/create-id";
import { evaluateRiskRules, type RiskDecision, type ThreeDsSignal } from "./evaluate-risk-rules";
import { gatherRiskSignals, type GatheredRiskSignals, type RiskAttemptFacts } from "./gather-risk-signals";
import { countryOfIp } from "./ip-country";
import { platformRiskRules } from "./platform-risk-rules";
import { riskSettingsOf, type RiskDeps } from "./risk-settings";
import { effectiveThresholds } from "./set-merchant-risk-thresholds";

export type { RiskAttemptFacts } from "./gather-risk-signals";

/** The attempt with what the payment learnt before deciding: the 3-D Secure outcome so far. */
export interface RiskAttempt extends RiskAttemptFacts {
  threeDs: ThreeDsSignal;
}

export interface RiskAssessment extends RiskDecision {
  id: string;
  stage: RiskAttempt["stage"];
  /** The facts the rules saw about the card and the shopper (no card data beyond BIN and last 4). */
  facts: { cardCountry: string | null; cardFunding: string | null; ipCountry: string | null; firstSeen: boolean };
  /** The engine itself failed: the outcome is `review` (fail closed). */
  engineError: boolean;
  createdAt: Date;
}

/** The assessment's row, written once ($8, $9, $20 JSON as text). */
const RECORD_ASSESSMENT = `
  INSERT INTO risk_assessments (id, merchant_id, mode, transaction_id, stage, score, outcome, rules, signals, fingerprint, bin, last4,
                                ip, email, customer_id, device_session, payment_request_id, amount, currency, on_failure, created_at)
  VALUES ($1::text, $2::text, $3::text, $4::text, $5::text, $6::int, $7::text, $8::text::jsonb, $9::text::jsonb, $10::text, $11::text, $12::text,
          $13::text, $14::text, $15::text, $16::text, $17::text, $18::bigint, $19::text, $20::text::jsonb, $21::timestamptz)`;

/**
 * Assesses one payment attempt against the merchant's rules, then the
 * platform's: gathers every signal first (gatherRiskSignals, unless the payment
 * already sent it with its own reads), evaluates every
 * rule (no early exit, so timing does not tell the outcome), and records the
 * assessment (one insert). A failure while evaluating fails closed: the
 * outcome is `review`. A database error aborts the payment itself, which is
 * then not authorized either.
 */
export async function assessPaymentRisk(
  deps: { db: StatementExecutor; clock: Clock } & RiskDeps,
  attempt: RiskAttempt,
  /** From gatherRiskSignals, when the caller sent it with its own reads; gathered here otherwise. */
  gathered?: GatheredRiskSignals,
): Promise<RiskAssessment> {
  const { db, clock } = deps;
  const settings = riskSettingsOf(deps);
  const { rules: merchantRules, counters, onFailure, firstSeen, cardCountry, cardFunding, merchantThresholds } = gathered ?? (await gatherRiskSignals(deps, attempt));
  const ipCountry = countryOfIp(attempt.ip);

  let decision: RiskDecision;
  let engineError = false;
  try {
    if (merchantRules === null) throw new Error("a stored risk rule no longer validates");
    const rules = [...merchantRules, ...platformRiskRules];
    decision = evaluateRiskRules(
      rules,
      {
        amount: attempt.amount,
        currency: attempt.currency,
        card: { brand: attempt.card.brand, bin: attempt.card.bin, last4: attempt.card.last4, country: cardCountry, funding: cardFunding, firstSeen },
        ip: attempt.ip,
        ipCountry,
        threeDs: attempt.threeDs,
        counters,
      },
      effectiveThresholds(settings.thresholds, merchantThresholds),
    );
  } catch (error) {
    if (isDatabaseError(error)) throw error;
    engineError = true;
    decision = { score: 100, outcome: "review", fired: [{ id: "engine_error", name: "The risk engine failed: held for review", action: "review", score: 0, signals: [] }], decidedBy: "engine_error" };
  }

  const assessment: RiskAssessment = {
    id: createId("ra"),
    stage: attempt.stage,
    ...decision,
    facts: { cardCountry, cardFunding, ipCountry, firstSeen },
    engineError,
    createdAt: clock.now(),
  };
  await runStatement(db, RECORD_ASSESSMENT, [
    assessment.id, attempt.merchantId, attempt.mode, attempt.transactionId, attempt.stage, decision.score, decision.outcome,
    JSON.stringify(decision.fired),
    JSON.stringify({ ...assessment.facts, ip: attempt.ip, threeDs: attempt.threeDs, counters, decidedBy: decision.decidedBy }),
    attempt.card.fingerprint, attempt.card.bin, attempt.card.last4, attempt.ip, attempt.email?.toLowerCase() ?? null, attempt.customerId,
    attempt.deviceSession, attempt.paymentRequestId, attempt.amount, attempt.currency,
    onFailure.length > 0 ? JSON.stringify(onFailure) : null, assessment.createdAt.toISOString(),
  ]);
  return assessment;
}

/** Errors from the database abort the surrounding transaction: they cannot be turned into an outcome. */
function isDatabaseError(error: unknown): boolean {
  return typeof error === "object" && error !== null && ("severity" in error || "code" in error && typeof (error as { code: unknown }).code === "string" && /^[0-9A-Z]{5}$/.test((error as { code: string }).code));
}
