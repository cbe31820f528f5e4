import { schema } from "@jeton/db";
import { sql, type SQL } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import type { DatabaseExecutor } from "../events/record-event";
import { createId } from "../ids/create-id";
import type { Mode } from "../scope";
import { countersNeeded, evaluateRiskRules, type RiskDecision, type RiskSignals, type ThreeDsSignal } from "./evaluate-risk-rules";
import { countryOfIp } from "./ip-country";
import { cachedRules, parseStoredRules, rememberRules, rulesSql, rulesVersionSql, type CachedRules } from "./merchant-rules-cache";
import { platformRiskRules } from "./platform-risk-rules";
import type { EvaluableRule } from "./risk-rule";
import { riskSettingsOf, type RiskDeps } from "./risk-settings";
import { effectiveThresholds } from "./set-merchant-risk-thresholds";
import { planCounters, type CounterAttempt, type CounterPlan } from "./velocity-counters";

type Db = DatabaseExecutor & { execute: (query: SQL) => Promise<unknown> };

export interface RiskAttempt {
  merchantId: string;
  mode: Mode;
  transactionId: string;
  /** `authorization`: the attempt itself (counted by velocity rules); `challenge`: after its 3-D Secure challenge. */
  stage: "authorization" | "challenge";
  /** `pan` in memory only, for the BIN table's longer prefixes; never stored. */
  card: { fingerprint: string; brand: string; bin: string; last4: string; pan: string | null };
  amount: number;
  currency: string;
  ip: string | null;
  email: string | null;
  customerId: string | null;
  deviceSession: string | null;
  paymentRequestId: string | null;
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

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
const parseJson = <T>(value: T | string | null | undefined): T | null => (typeof value === "string" ? (JSON.parse(value) as T) : (value ?? null));

function dimensionValues(attempt: RiskAttempt): CounterAttempt["values"] {
  return {
    card: attempt.card.fingerprint,
    ip: attempt.ip,
    email: attempt.email?.toLowerCase() ?? null,
    customer: attempt.customerId,
    device_session: attempt.deviceSession,
    payment_request: attempt.paymentRequestId,
    merchant: attempt.merchantId,
  };
}

interface CounterRow {
  counters: Record<string, number | string> | string | null;
  bin: { country: string | null; funding: string | null } | string | null;
  first_seen: boolean | string;
  version: string;
  thresholds: { review: number | null; block: number | null } | string | null;
}

/**
 * The one statement of an assessment (its only round trip besides recording
 * it): upserts the attempt's velocity counters and reads every window the
 * rules need (velocity-counters.ts), and in the same round trip the BIN facts
 * (longest prefix), whether the merchant saw the card before, the
 * version of the merchant's rules (to check the in-memory copy) and the
 * merchant's own score thresholds.
 */
async function countAndLookUp(db: Db, attempt: RiskAttempt, plan: CounterPlan): Promise<CounterRow> {
  const digits = attempt.card.pan ?? attempt.card.bin;
  const prefixes = [6, 7, 8, 9, 10, 11].filter((n) => n <= digits.length).map((n) => digits.slice(0, n));
  const json = (value: unknown) => sql`${JSON.stringify(value)}::json`;
  const [row] = rowsOf<CounterRow>(
    await db.execute(sql`
      WITH marked AS (
        INSERT INTO card_attempt_counters (key, window_start, count, expires_at)
        SELECT m.key, m.window_start, 1, m.expires_at
          FROM json_to_recordset(${json(plan.marks)}) AS m(key text, window_start timestamptz, expires_at timestamptz) ORDER BY m.key
        ON CONFLICT (key, window_start) DO NOTHING
        RETURNING key
      ), bumped AS (
        INSERT INTO card_attempt_counters (key, window_start, count, expires_at)
        -- The uncorrelated sub-select runs once, first: every marker row is taken before any counter row.
        SELECT b.key, b.window_start, b.inc + CASE WHEN b.marker = ANY (ARRAY(SELECT key FROM marked)) THEN 1 ELSE 0 END, b.expires_at
          FROM json_to_recordset(${json(plan.bumps)}) AS b(key text, window_start timestamptz, inc bigint, expires_at timestamptz, marker text) ORDER BY b.key
        ON CONFLICT (key, window_start) DO UPDATE SET count = card_attempt_counters.count + excluded.count
        RETURNING key, count
      )
      SELECT (SELECT coalesce(json_object_agg(r.name,
                       coalesce((SELECT b.count FROM bumped b WHERE b.key = r.key), 0)
                     + coalesce((SELECT sum(c.count) FROM card_attempt_counters c
                                  WHERE c.key = r.key AND c.window_start >= r.read_from AND (r.current IS NULL OR c.window_start < r.current)), 0)), '{}'::json)
                FROM json_to_recordset(${json(plan.reads)}) AS r(name text, key text, read_from timestamptz, current timestamptz)) AS counters,
             (SELECT json_build_object('country', b.country, 'funding', b.funding)
                FROM card_bins b
               WHERE b.prefix IN (${sql.join(prefixes.map((p) => sql`${p}`), sql`, `)})
               ORDER BY length(b.prefix) DESC LIMIT 1) AS bin,
             NOT EXISTS (SELECT 1 FROM risk_assessments a
                          WHERE a.merchant_id = ${attempt.merchantId} AND a.mode = ${attempt.mode} AND a.stage = 'authorization'
                            AND a.fingerprint = ${attempt.card.fingerprint} AND a.transaction_id <> ${attempt.transactionId}) AS first_seen,
             ${rulesVersionSql(attempt.merchantId, attempt.mode)} AS version,
             (SELECT json_build_object('review', s.risk_review_score, 'block', s.risk_block_score)
                FROM merchant_settings s WHERE s.merchant_id = ${attempt.merchantId}) AS thresholds`),
  );
  return row!;
}

async function loadRules(db: Db, attempt: RiskAttempt): Promise<CachedRules> {
  const [row] = rowsOf<{ version: string; rules: { id: string; name: string; definition: unknown }[] | string }>(await db.execute(rulesSql(attempt.merchantId, attempt.mode)));
  const entry = { version: row!.version, rules: parseStoredRules(parseJson(row!.rules) ?? []) };
  rememberRules(attempt.merchantId, attempt.mode, entry);
  return entry;
}

/** The counters, the card's facts and the rules: one round trip when the merchant's rules are already in memory. */
async function gatherSignals(db: Db, clock: Clock, attempt: RiskAttempt) {
  let cached = cachedRules(attempt.merchantId, attempt.mode) ?? (await loadRules(db, attempt));
  const counterAttempt: CounterAttempt = {
    merchantId: attempt.merchantId,
    mode: attempt.mode,
    counts: attempt.stage === "authorization",
    fingerprint: attempt.card.fingerprint,
    amount: attempt.amount,
    currency: attempt.currency,
    values: dimensionValues(attempt),
  };
  const specsOf = (rules: readonly EvaluableRule[]) => countersNeeded(rules).map(({ key, ...spec }) => ({ name: key, ...spec }));
  let specs = specsOf([...(cached.rules ?? []), ...platformRiskRules]);
  let plan = planCounters(clock.now(), counterAttempt, specs);
  const row = await countAndLookUp(db, attempt, plan);
  const counters: Record<string, number> = {};
  for (const [key, value] of Object.entries(parseJson(row.counters) ?? {})) counters[key] = Number(value);
  if (row.version !== cached.version) {
    // The rules changed since they were read: read them again, and count what the new ones need (rare: after an edit).
    cached = await loadRules(db, attempt);
    const missing = specsOf(cached.rules ?? []).filter((spec) => !specs.some((known) => known.name === spec.name));
    if (missing.length > 0) {
      const extra = planCounters(clock.now(), counterAttempt, missing, new Set(plan.bumps.map((bump) => bump.key)));
      const more = await countAndLookUp(db, attempt, extra);
      for (const [key, value] of Object.entries(parseJson(more.counters) ?? {})) counters[key] = Number(value);
      plan = { ...plan, onFailure: [...plan.onFailure, ...extra.onFailure] };
      specs = [...specs, ...missing];
    }
  }
  const bin = parseJson(row.bin);
  return {
    rules: cached.rules,
    counters,
    onFailure: plan.onFailure,
    firstSeen: row.first_seen === true || row.first_seen === "t",
    cardCountry: bin?.country ?? null,
    cardFunding: (bin?.funding as RiskSignals["card"]["funding"]) ?? null,
    merchantThresholds: parseJson(row.thresholds),
  };
}

/**
 * Assesses one payment attempt against the merchant's rules, then the
 * platform's: gathers every signal first (one statement once the merchant's rules are
 * in memory: counters, BIN, first seen, thresholds, rules version), evaluates every
 * rule (no early exit, so timing does not tell the outcome), and records the
 * assessment (one insert). A failure while evaluating fails closed: the
 * outcome is `review`. A database error aborts the payment itself, which is
 * then not authorized either.
 */
export async function assessPaymentRisk(deps: { db: Db; clock: Clock } & RiskDeps, attempt: RiskAttempt): Promise<RiskAssessment> {
  const { db, clock } = deps;
  const settings = riskSettingsOf(deps);
  const { rules: merchantRules, counters, onFailure, firstSeen, cardCountry, cardFunding, merchantThresholds } = await gatherSignals(db, clock, attempt);
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
  await db.insert(schema.riskAssessments).values({
    id: assessment.id,
    merchantId: attempt.merchantId,
    mode: attempt.mode,
    transactionId: attempt.transactionId,
    stage: attempt.stage,
    score: decision.score,
    outcome: decision.outcome,
    rules: decision.fired as unknown as Record<string, unknown>[],
    signals: { ...assessment.facts, ip: attempt.ip, threeDs: attempt.threeDs, counters, decidedBy: decision.decidedBy },
    fingerprint: attempt.card.fingerprint,
    bin: attempt.card.bin,
    last4: attempt.card.last4,
    ip: attempt.ip,
    email: attempt.email?.toLowerCase() ?? null,
    customerId: attempt.customerId,
    deviceSession: attempt.deviceSession,
    paymentRequestId: attempt.paymentRequestId,
    amount: attempt.amount,
    currency: attempt.currency,
    onFailure: onFailure.length > 0 ? onFailure : null,
    createdAt: assessment.createdAt,
  });
  return assessment;
}

/** Errors from the database abort the surrounding transaction: they cannot be turned into an outcome. */
function isDatabaseError(error: unknown): boolean {
  return typeof error === "object" && error !== null && ("severity" in error || "code" in error && typeof (error as { code: unknown }).code === "string" && /^[0-9A-Z]{5}$/.test((error as { code: string }).code));
}
