import { schema } from "@jeton/db";
import { sql, type SQL } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import type { DatabaseExecutor } from "../events/record-event";
import { createId } from "../ids/create-id";
import type { Mode } from "../scope";
import { countersNeeded, evaluateRiskRules, type RiskDecision, type RiskSignals, type ThreeDsSignal } from "./evaluate-risk-rules";
import { countryOfIp } from "./ip-country";
import { platformRiskRules } from "./platform-risk-rules";
import { riskRuleDefinition, type EvaluableRule, type VelocityDimension } from "./risk-rule";
import { riskSettingsOf, type RiskDeps } from "./risk-settings";

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

const DIMENSION_COLUMNS: Record<Exclude<VelocityDimension, "merchant">, string> = {
  card: "fingerprint",
  ip: "ip",
  email: "email",
  customer: "customer_id",
  device_session: "device_session",
  payment_request: "payment_request_id",
};
const PAID_STATUSES = sql.raw(`('authorized','captured','settled','partially_refunded','refunded')`);

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

function dimensionValue(attempt: RiskAttempt, per: VelocityDimension): string | null {
  switch (per) {
    case "card":
      return attempt.card.fingerprint;
    case "ip":
      return attempt.ip;
    case "email":
      return attempt.email?.toLowerCase() ?? null;
    case "customer":
      return attempt.customerId;
    case "device_session":
      return attempt.deviceSession;
    case "payment_request":
      return attempt.paymentRequestId;
    case "merchant":
      return attempt.merchantId;
  }
}

/**
 * Statement 1: the merchant's enabled rules, the BIN facts (longest prefix),
 * and the locks that make the counts of statement 2 exact. The per-card and
 * per-address transaction-level advisory locks make concurrent attempts on one
 * card (or from one address) take turns until their payment commits, so each
 * one counts every attempt before it: 20 parallel attempts see 1, 2, … 20.
 * Always card first, then address: no lock cycle.
 */
async function loadRulesAndCard(db: Db, attempt: RiskAttempt) {
  const digits = attempt.card.pan ?? attempt.card.bin;
  const prefixes = [6, 7, 8, 9, 10, 11].filter((n) => n <= digits.length).map((n) => digits.slice(0, n));
  const lockKey = (kind: string, value: string | null) => `${attempt.merchantId}:${attempt.mode}:${kind}:${value ?? ""}`;
  const rows = rowsOf<{ rules: { id: string; name: string; definition: unknown }[] | string | null; bin: { country: string | null; funding: string | null } | string | null }>(
    await db.execute(sql`
      SELECT pg_advisory_xact_lock(1, hashtext(${lockKey("card", attempt.card.fingerprint)})) IS NULL AS card_locked,
             ${attempt.ip ? sql`pg_advisory_xact_lock(2, hashtext(${lockKey("ip", attempt.ip)})) IS NULL` : sql`false`} AS ip_locked,
             (SELECT coalesce(json_agg(json_build_object('id', r.id, 'name', r.name, 'definition', r.definition) ORDER BY r.position, r.created_at), '[]'::json)
                FROM risk_rules r
               WHERE r.merchant_id = ${attempt.merchantId} AND r.mode = ${attempt.mode} AND r.enabled) AS rules,
             (SELECT json_build_object('country', b.country, 'funding', b.funding)
                FROM card_bins b
               WHERE b.prefix IN (${sql.join(prefixes.map((p) => sql`${p}`), sql`, `)})
               ORDER BY length(b.prefix) DESC LIMIT 1) AS bin`),
  );
  const row = rows[0];
  const parse = <T>(value: T | string | null | undefined): T | null => (typeof value === "string" ? (JSON.parse(value) as T) : (value ?? null));
  return {
    rules: parse(row?.rules) ?? [],
    bin: parse(row?.bin),
  };
}

/**
 * Statement 2: every count the rules read, in one query (the counter's only
 * round trip). Counts include this attempt (`authorization` stage); past
 * declines do not.
 */
async function countVelocity(db: Db, clock: Clock, attempt: RiskAttempt, rules: readonly EvaluableRule[]) {
  const now = clock.now();
  const self = attempt.stage === "authorization";
  const base = (windowMinutes: number | null) =>
    sql`a.merchant_id = ${attempt.merchantId} AND a.mode = ${attempt.mode} AND a.stage = 'authorization'${
      windowMinutes === null ? sql`` : sql` AND a.created_at > ${new Date(now.getTime() - windowMinutes * 60_000).toISOString()}::timestamptz`
    }`;
  const columns: SQL[] = [];
  for (const counter of countersNeeded(rules)) {
    const value = dimensionValue(attempt, counter.per);
    if (value === null) continue;
    const match = counter.per === "merchant" ? sql`` : sql` AND a.${sql.raw(DIMENSION_COLUMNS[counter.per])} = ${value}`;
    const where = sql`${base(counter.windowMinutes)}${match}`;
    const key = sql.raw(`"${counter.key.replace(/"/g, "")}"`);
    const current = (currency?: string) => (self && currency === attempt.currency ? attempt.amount : 0);
    switch (counter.metric) {
      case "attempts":
        columns.push(sql`(SELECT count(*) FROM risk_assessments a WHERE ${where}) + ${self ? 1 : 0} AS ${key}`);
        break;
      case "declines":
        columns.push(sql`(SELECT count(*) FROM risk_assessments a JOIN transactions t ON t.id = a.transaction_id WHERE ${where} AND t.status = 'declined') AS ${key}`);
        break;
      case "distinct_cards":
        columns.push(
          sql`(SELECT count(DISTINCT a.fingerprint) + CASE WHEN ${self}::boolean AND NOT coalesce(bool_or(a.fingerprint = ${attempt.card.fingerprint}), false) THEN 1 ELSE 0 END FROM risk_assessments a WHERE ${where}) AS ${key}`,
        );
        break;
      case "amount":
        columns.push(sql`(SELECT coalesce(sum(a.amount), 0) FROM risk_assessments a WHERE ${where} AND a.currency = ${counter.currency!}) + ${current(counter.currency)} AS ${key}`);
        break;
      case "paid":
        columns.push(
          sql`(SELECT coalesce(sum(t.amount), 0) FROM risk_assessments a JOIN transactions t ON t.id = a.transaction_id WHERE ${where} AND t.currency = ${counter.currency!} AND t.status IN ${PAID_STATUSES}) + ${current(counter.currency)} AS ${key}`,
        );
        break;
    }
  }
  columns.push(
    sql`NOT EXISTS (SELECT 1 FROM risk_assessments a WHERE ${base(null)} AND a.fingerprint = ${attempt.card.fingerprint} AND a.transaction_id <> ${attempt.transactionId}) AS "__first_seen"`,
  );
  const [row] = rowsOf<Record<string, unknown>>(await db.execute(sql`SELECT ${sql.join(columns, sql`, `)}`));
  const counters: Record<string, number> = {};
  let firstSeen = false;
  for (const [key, value] of Object.entries(row ?? {})) {
    if (key === "__first_seen") firstSeen = value === true || value === "t";
    else counters[key] = Number(value);
  }
  return { counters, firstSeen };
}

function merchantRules(stored: { id: string; name: string; definition: unknown }[]): EvaluableRule[] {
  return stored.map((rule) => {
    // A stored rule that no longer validates is an engine failure: it fails closed (review), it is never skipped.
    const definition = riskRuleDefinition.parse(rule.definition);
    return { id: rule.id, name: rule.name, ...definition };
  });
}

/**
 * Assesses one payment attempt against the merchant's rules, then the
 * platform's: gathers every signal first (two statements), evaluates every
 * rule (no early exit, so timing does not tell the outcome), and records the
 * assessment (one insert). A failure while evaluating fails closed: the
 * outcome is `review`. A database error aborts the payment itself, which is
 * then not authorized either.
 */
export async function assessPaymentRisk(deps: { db: Db; clock: Clock } & RiskDeps, attempt: RiskAttempt): Promise<RiskAssessment> {
  const { db, clock } = deps;
  const settings = riskSettingsOf(deps);
  const { rules: stored, bin } = await loadRulesAndCard(db, attempt);
  const ipCountry = countryOfIp(attempt.ip);
  const cardCountry = bin?.country ?? null;
  const cardFunding = (bin?.funding as RiskSignals["card"]["funding"]) ?? null;

  let decision: RiskDecision;
  let engineError = false;
  let firstSeen = false;
  let counters: Record<string, number> = {};
  try {
    const rules = [...merchantRules(stored), ...platformRiskRules];
    ({ counters, firstSeen } = await countVelocity(db, clock, attempt, rules));
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
      settings.thresholds,
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
    createdAt: assessment.createdAt,
  });
  return assessment;
}

/** Errors from the database abort the surrounding transaction: they cannot be turned into an outcome. */
function isDatabaseError(error: unknown): boolean {
  return typeof error === "object" && error !== null && ("severity" in error || "code" in error && typeof (error as { code: unknown }).code === "string" && /^[0-9A-Z]{5}$/.test((error as { code: string }).code));
}
