import { BlockList, isIP } from "node:net";
import { type Database } from "@jeton/db";
import { sql, type SQL } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import type { Vault } from "../vault/create-vault";
import { attemptDigest, createAttemptChallenge, verifyAttemptSolution } from "./attempt-challenge";
import { assessAttempt, attemptWindow, type AttemptDimension, type AttemptVerdict, type CardTestingPolicy } from "./card-testing-policy";

export interface GuardCardAttemptInput {
  /** The client address (trusted-proxy aware). */
  ip: string;
  /** The card number as sent, valid or not; its digits are fingerprinted (keyed), never stored. Null when none was readable. */
  cardNumber: string | null | undefined;
  /** Whose attempt: a publishable key (token.js) or a payment request (hosted page). Unknown ones count only per IP and card. */
  via: { publishableKey: string | null } | { paymentRequestId: string };
  /** The ALTCHA payload of a solved challenge, when the client sent one. */
  solution: string | null | undefined;
}

export interface GuardedAttempt {
  verdict: AttemptVerdict;
  counts: Partial<Record<AttemptDimension, number>>;
  /** A valid solution came with the attempt and was spent by it. */
  solved: boolean;
}

const prefixes: Record<string, AttemptDimension> = { ip: "ip", card: "card", pr: "paymentRequest", merchant: "merchant" };
const uncountedLists = new WeakMap<readonly string[], BlockList>();

function isUncounted(ip: string, cidrs: readonly string[]): boolean {
  if (cidrs.length === 0 || isIP(ip) === 0) return false;
  let list = uncountedLists.get(cidrs);
  if (!list) {
    list = new BlockList();
    for (const cidr of cidrs) {
      const [network, prefix] = cidr.split("/");
      const type = isIP(network!) === 6 ? "ipv6" : "ipv4";
      list.addSubnet(network!, prefix === undefined ? (type === "ipv6" ? 128 : 32) : Number(prefix), type);
    }
    uncountedLists.set(cidrs, list);
  }
  return list.check(ip, isIP(ip) === 6 ? "ipv6" : "ipv4");
}

/** A raw statement's parameters reach the driver untyped: timestamps travel as ISO text and are cast. */
const ts = (date: Date) => sql`${date.toISOString()}::timestamptz`;

interface Row {
  counts: Array<{ key: string; count: number }> | string | null;
  solved: boolean;
}

/** An attempt made ready for its counting statement: the window, the keys known before the database, the solution to spend. */
export interface PreparedCardAttempt {
  window: ReturnType<typeof attemptWindow>;
  /** `ip:…` and `card:…`; the owner's keys (merchant, payment request) are found by the statement. */
  keys: string[];
  spend: { signature: string; expiresAt: Date } | null;
  /** What the attempt's challenge, if it is refused, is bound to: attemptDigest of these, computed only when needed (a retry, a challenge). */
  digestParts: readonly string[];
  /**
   * The refused attempt sent again with its own challenge's solution: it was counted when it
   * was refused, so it counts 0 this time, provided the solution is spent now (one shopper attempt, one count).
   */
  retry: boolean;
  /**
   * The card number's digits as counted and their keyed fingerprint (the `card:` key), null when none
   * was readable: tokenizeCard stores the same fingerprint with the token instead of computing it again.
   */
  card: { digits: string; fingerprint: string } | null;
}

/** Everything about an attempt that needs no database (the solution's signature and expiry are checked here). */
export async function prepareCardAttempt(
  deps: { clock: Clock; vault: Vault; cardTesting: CardTestingPolicy },
  input: GuardCardAttemptInput,
): Promise<PreparedCardAttempt> {
  const { clock, vault, cardTesting } = deps;
  const window = attemptWindow(clock.now(), cardTesting.windowSeconds);
  const keys: string[] = [];
  if (!isUncounted(input.ip, cardTesting.uncountedIps)) keys.push(`ip:${input.ip}`);
  const digits = (input.cardNumber ?? "").replace(/\D/g, "").slice(0, 32);
  const card = digits.length > 0 ? { digits, fingerprint: vault.fingerprint(digits) } : null;
  if (card) keys.push(`card:${card.fingerprint}`);
  const spend = await verifyAttemptSolution(deps, input.solution);
  // The digest is an HMAC that only a solution (retry) or a refusal (its challenge) needs: not computed for the attempts that bring neither.
  const digestParts = [...keys, "paymentRequestId" in input.via ? `pr:${input.via.paymentRequestId}` : `pk:${input.via.publishableKey ?? ""}`];
  return { window, keys, spend, digestParts, retry: spend !== null && spend.attempt === attemptDigest(vault, digestParts), card };
}

/**
 * The thresholds as the parameters of a statement that must itself know whether an
 * attempt passes (tokenizeCard inserts the token only then): three parallel arrays of
 * key prefix, challengeAfter and blockAfter. The policy stays in CardTestingPolicy and
 * assessAttempt; the statement compares, and settleCardAttempt reads its counts with assessAttempt.
 */
export function attemptThresholdParams(thresholds: CardTestingPolicy["thresholds"]): [string[], number[], number[]] {
  // Built once per policy (the configuration's, for the platform's life): the arrays are only read.
  let params = thresholdParams.get(thresholds);
  if (!params) {
    const entries = Object.entries(prefixes);
    params = [entries.map(([prefix]) => prefix), entries.map(([, d]) => thresholds[d].challengeAfter), entries.map(([, d]) => thresholds[d].blockAfter)];
    thresholdParams.set(thresholds, params);
  }
  return params;
}
const thresholdParams = new WeakMap<CardTestingPolicy["thresholds"], [string[], number[], number[]]>();

/**
 * The SQL condition, on the rows of a counting CTE (`key`, `count`) and a `spent` CTE, under which
 * an attempt passes: no dimension past its block threshold, and none past its challenge
 * threshold unless a solution was spent. `$prefixes`, `$challenge`, `$block` are the
 * placeholders of attemptThresholdParams's arrays. The same rule as assessAttempt + settleCardAttempt.
 */
export function attemptPassesSql(counted: string, prefixesParam: string, challengeParam: string, blockParam: string): string {
  return `NOT EXISTS (
      SELECT 1 FROM ${counted}
      JOIN unnest(${prefixesParam}::text[], ${challengeParam}::int[], ${blockParam}::int[]) AS threshold (prefix, challenge_after, block_after)
        ON threshold.prefix = split_part(${counted}.key, ':', 1)
      WHERE ${counted}.count > threshold.block_after OR (${counted}.count > threshold.challenge_after AND NOT EXISTS (SELECT 1 FROM spent)))`;
}

/**
 * What the counting statement answered, judged: the counts read back per dimension,
 * `too_many_attempts` past a block threshold, `challenge_required` (with a new
 * challenge) past a challenge threshold without a spent solution.
 */
export async function settleCardAttempt(
  deps: { clock: Clock; vault: Vault; cardTesting: CardTestingPolicy },
  prepared: PreparedCardAttempt,
  row: { counts: Array<{ key: string; count: number }> | string | null; solved: boolean } | undefined,
): Promise<GuardedAttempt> {
  const list = typeof row?.counts === "string" ? (JSON.parse(row.counts) as Array<{ key: string; count: number }>) : (row?.counts ?? []);
  const counts: Partial<Record<AttemptDimension, number>> = {};
  for (const { key, count } of list) {
    const dimension = prefixes[key.slice(0, key.indexOf(":"))];
    if (dimension) counts[dimension] = Number(count);
  }
  const solved = Boolean(row?.solved);
  const verdict = assessAttempt(counts, deps.cardTesting.thresholds);

  if (verdict.level === "block") {
    throw new AppError("too_many_attempts", "Too many card attempts; try again later.", {
      headers: { "Retry-After": String(prepared.window.retryAfterSeconds) },
    });
  }
  if (verdict.level === "challenge" && !solved) {
    const challenge = await createAttemptChallenge(deps, { maxNumber: deps.cardTesting.powMaxNumber, attempt: attemptDigest(deps.vault, prepared.digestParts) });
    throw new AppError("challenge_required", "Solve the proof-of-work challenge and send its solution with the attempt.", { challenge });
  }
  return { verdict, counts, solved };
}

/**
 * Counts one card attempt (hosted page or token.js) and decides whether it may
 * go on. Every attempt counts, valid or not: per client IP, per card
 * (keyed fingerprint of the digits sent), per payment request and per
 * merchant, in one statement (one round trip) whose upserts make concurrent
 * attempts count exactly. The same statement spends the attempt's challenge
 * solution, if it brought a valid one: the primary key lets it be used once.
 *
 * Past a dimension's first threshold an attempt without a fresh solution is
 * refused with `challenge_required` (and a new challenge bound to that
 * attempt); past the second, with `too_many_attempts`. Counts include refused
 * attempts; the refused attempt sent again with its own challenge's solution
 * (what token.js does) is not counted a second time.
 *
 * token.js's attempts (POST /api/v1/card-tokens) are counted by the token's own
 * statement instead (tokenizeCard, with prepareCardAttempt and settleCardAttempt):
 * one round trip per token.
 */
export async function guardCardAttempt(
  deps: { db: Database; clock: Clock; vault: Vault; cardTesting: CardTestingPolicy },
  input: GuardCardAttemptInput,
): Promise<GuardedAttempt> {
  const { db } = deps;
  const prepared = await prepareCardAttempt(deps, input);
  const { window, keys, spend, retry } = prepared;

  // The merchant (and the payment request) are found by the same statement: an unknown key or id counts nothing there.
  const owner: SQL =
    "paymentRequestId" in input.via
      ? sql`SELECT 'pr:' || id FROM payment_requests WHERE id = ${input.via.paymentRequestId}::text
            UNION ALL SELECT 'merchant:' || merchant_id || ':' || mode FROM payment_requests WHERE id = ${input.via.paymentRequestId}::text`
      : sql`SELECT 'merchant:' || merchant_id || ':' || mode FROM api_keys
            WHERE publishable_key = ${input.via.publishableKey}::text AND kind = 'publishable' AND revoked_at IS NULL`;
  const listed = keys.length > 0 ? sql`SELECT unnest(ARRAY[${sql.join(keys.map((key) => sql`${key}::text`), sql`, `)}]) UNION ALL ` : sql``;
  const query = sql`
    WITH spent AS (
      INSERT INTO spent_challenge_solutions (signature, expires_at)
      SELECT ${spend?.signature ?? null}::text, ${spend ? ts(spend.expiresAt) : sql`NULL::timestamptz`}
      WHERE ${spend !== null}::boolean
      ON CONFLICT (signature) DO NOTHING
      RETURNING signature
    ), counted AS (
      INSERT INTO card_attempt_counters (key, window_start, count, expires_at)
      SELECT key, ${ts(window.start)}, CASE WHEN ${retry}::boolean AND EXISTS (SELECT 1 FROM spent) THEN 0 ELSE 1 END, ${ts(window.end)}
        FROM (${listed}${owner}) AS keys (key)
      ON CONFLICT (key, window_start) DO UPDATE SET count = card_attempt_counters.count + excluded.count
      RETURNING key, count
    )
    SELECT (SELECT json_agg(json_build_object('key', key, 'count', count)) FROM counted) AS counts,
           EXISTS (SELECT 1 FROM spent) AS solved`;
  const result = (await db.execute(query)) as unknown as Row[] | { rows: Row[] };
  return settleCardAttempt(deps, prepared, (Array.isArray(result) ? result : result.rows)[0]);
}
