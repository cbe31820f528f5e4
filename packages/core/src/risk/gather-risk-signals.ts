import { runStatement, type StatementExecutor } from "@jeton/db";
import type { Clock } from "../clock/clock";
import type { Mode } from "../scope";
import { countersNeeded, type RiskSignals } from "./evaluate-risk-rules";
import { cachedRules, parseStoredRules, rememberRules, RULES_STATEMENT, rulesVersionText, type CachedRules } from "./merchant-rules-cache";
import { platformRiskRules } from "./platform-risk-rules";
import type { EvaluableRule } from "./risk-rule";
import { planCounters, type CounterAttempt, type CounterPlan } from "./velocity-counters";

/** The attempt as far as the counters and lookups need it (everything but the 3-D Secure outcome). */
export interface RiskAttemptFacts {
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
}

const parseJson = <T>(value: T | string | null | undefined): T | null => (typeof value === "string" ? (JSON.parse(value) as T) : (value ?? null));

function dimensionValues(attempt: RiskAttemptFacts): CounterAttempt["values"] {
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
 * it), written once as constant text (runStatement: no query builder per
 * payment, prepared once per connection): upserts the attempt's velocity
 * counters and reads every window the rules need (velocity-counters.ts), and
 * in the same round trip the BIN facts (longest prefix), whether the merchant
 * saw the card before, the version of the merchant's rules (to check the
 * in-memory copy) and the merchant's own score thresholds.
 * $1 marks, $2 bumps, $3 reads (JSON), $4 the card's prefixes, $5 merchant, $6 mode, $7 fingerprint, $8 transaction.
 */
const COUNT_AND_LOOK_UP = `
  WITH marked AS (
    INSERT INTO card_attempt_counters (key, window_start, count, expires_at)
    SELECT m.key, m.window_start, 1, m.expires_at
      FROM json_to_recordset($1::text::json) AS m(key text, window_start timestamptz, expires_at timestamptz) ORDER BY m.key
    ON CONFLICT (key, window_start) DO NOTHING
    RETURNING key
  ), bumped AS (
    INSERT INTO card_attempt_counters (key, window_start, count, expires_at)
    -- The uncorrelated sub-select runs once, first: every marker row is taken before any counter row.
    SELECT b.key, b.window_start, b.inc + CASE WHEN b.marker = ANY (ARRAY(SELECT key FROM marked)) THEN 1 ELSE 0 END, b.expires_at
      FROM json_to_recordset($2::text::json) AS b(key text, window_start timestamptz, inc bigint, expires_at timestamptz, marker text) ORDER BY b.key
    ON CONFLICT (key, window_start) DO UPDATE SET count = card_attempt_counters.count + excluded.count
    RETURNING key, count
  )
  SELECT (SELECT coalesce(json_object_agg(r.name,
                   coalesce((SELECT b.count FROM bumped b WHERE b.key = r.key), 0)
                 + coalesce((SELECT sum(c.count) FROM card_attempt_counters c
                              WHERE c.key = r.key AND c.window_start >= r.read_from AND (r.current IS NULL OR c.window_start < r.current)), 0)), '{}'::json)
            FROM json_to_recordset($3::text::json) AS r(name text, key text, read_from timestamptz, current timestamptz)) AS counters,
         (SELECT json_build_object('country', b.country, 'funding', b.funding)
            FROM card_bins b
           WHERE b.prefix = ANY ($4::text[])
           ORDER BY length(b.prefix) DESC LIMIT 1) AS bin,
         NOT EXISTS (SELECT 1 FROM risk_assessments a
                      WHERE a.merchant_id = $5::text AND a.mode = $6::text AND a.stage = 'authorization'
                        AND a.fingerprint = $7::text AND a.transaction_id <> $8::text) AS first_seen,
         ${rulesVersionText("$5::text", "$6::text")} AS version,
         (SELECT json_build_object('review', s.risk_review_score, 'block', s.risk_block_score)
            FROM merchant_settings s WHERE s.merchant_id = $5::text) AS thresholds`;

async function countAndLookUp(db: StatementExecutor, attempt: RiskAttemptFacts, plan: CounterPlan): Promise<CounterRow> {
  const digits = attempt.card.pan ?? attempt.card.bin;
  const prefixes = [6, 7, 8, 9, 10, 11].filter((n) => n <= digits.length).map((n) => digits.slice(0, n));
  const [row] = await runStatement<CounterRow>(db, COUNT_AND_LOOK_UP, [
    JSON.stringify(plan.marks), JSON.stringify(plan.bumps), JSON.stringify(plan.reads), prefixes,
    attempt.merchantId, attempt.mode, attempt.card.fingerprint, attempt.transactionId,
  ]);
  return row!;
}

async function loadRules(db: StatementExecutor, attempt: RiskAttemptFacts): Promise<CachedRules> {
  const [row] = await runStatement<{ version: string; rules: { id: string; name: string; definition: unknown }[] | string }>(db, RULES_STATEMENT, [attempt.merchantId, attempt.mode]);
  const entry = { version: row!.version, rules: parseStoredRules(parseJson(row!.rules) ?? []) };
  rememberRules(attempt.merchantId, attempt.mode, entry);
  return entry;
}

/** What the rules see besides the attempt itself: gathered by gatherRiskSignals, decided by assessPaymentRisk. */
export interface GatheredRiskSignals {
  /** Null when a stored rule no longer validates: the engine then fails closed. */
  rules: EvaluableRule[] | null;
  counters: Record<string, number>;
  onFailure: CounterPlan["onFailure"];
  firstSeen: boolean;
  cardCountry: string | null;
  cardFunding: RiskSignals["card"]["funding"];
  merchantThresholds: { review: number | null; block: number | null } | null;
}

/**
 * Counts the attempt and gathers its signals: the counters, the card's facts and the rules,
 * one round trip when the merchant's rules are already in memory. It needs nothing the payment
 * decides (not the 3-D Secure outcome), so the payment sends it together with its own first
 * reads (pipelined: no round trip of its own), then decides with assessPaymentRisk.
 */
export async function gatherRiskSignals(
  deps: {
    /** The payment's transaction. */
    db: StatementExecutor;
    /** A pool outside it, when there is one (RiskDeps.asyncCommitDb): the counters' row locks then last one statement. */
    counterDb?: StatementExecutor | undefined;
    clock: Clock;
  },
  attempt: RiskAttemptFacts,
): Promise<GatheredRiskSignals> {
  const { clock } = deps;
  const db = deps.counterDb ?? deps.db;
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

