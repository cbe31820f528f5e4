import { runStatement, type Database } from "@jeton/db";
import type { CardTestingPolicy } from "../card-testing/card-testing-policy";
import { attemptPassesSql, attemptThresholdParams, prepareCardAttempt, settleCardAttempt } from "../card-testing/guard-card-attempt";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import type { Mode } from "../merchants/create-api-key";
import type { RateLimitRule } from "../rate-limit/consume-rate-limit";
import type { Vault } from "../vault/create-vault";
import { toCardTokenView, type CardTokenView } from "./card-token-view";
import { sealCardToken, type CheckedCard } from "./create-card-token";

export interface TokenizeCardInput {
  /** A publishable key of the right shape, or null when it had none (the rejection then says why). */
  publishableKey: string | null;
  /** The browser origin, checked against the key's merchant; null for a server-side call. */
  origin: string | null;
  /** The client address, for the per-address limit. */
  ip: string;
  /** The card, already validated (checkCardForToken); null when the request was rejected before the database. */
  card: CheckedCard | null;
  holder?: string | undefined;
  /** Why the request is refused, found before the database (bad key shape, bad body, bad card). */
  rejection: AppError | null;
  limits: { perIp: RateLimitRule; perKey: RateLimitRule };
  /** The card-testing attempt, as far as the body could be read (it counts even when the body is invalid). */
  attempt: { cardNumber: string | null; solution: string | null };
}

export interface TokenizedCard {
  token: CardTokenView;
  merchantId: string;
  mode: Mode;
}

interface Row {
  passed: boolean;
  counts: Array<{ key: string; count: number }> | string | null;
  solved: boolean;
  ip_count: number | null;
  merchant_id: string | null;
  mode: Mode | null;
  origin_ok: boolean;
  key_count: number | null;
  token_id: string | null;
}

/**
 * A window boundary as the statement's ISO text. Every request of a window sends the same
 * boundaries, so each is formatted once (toISOString takes about 0.7 us, and a token sent six
 * boundaries); a few windows are live at once, the cache starts again past 64.
 */
const boundaryTexts = new Map<number, string>();
function boundaryText(ms: number): string {
  let text = boundaryTexts.get(ms);
  if (text === undefined) {
    if (boundaryTexts.size >= 64) boundaryTexts.clear();
    boundaryTexts.set(ms, (text = new Date(ms).toISOString()));
  }
  return text;
}

function window(now: number, rule: RateLimitRule) {
  const windowMs = rule.windowSeconds * 1000;
  const start = Math.floor(now / windowMs) * windowMs;
  return { start: boundaryText(start), end: boundaryText(start + windowMs), retryAfter: Math.max(1, Math.ceil((start + windowMs - now) / 1000)) };
}

const rateLimited = (retryAfter: number) =>
  new AppError("rate_limited", "Too many card attempts; try again later.", { headers: { "Retry-After": String(retryAfter) } });

/**
 * The statement, written once (runStatement: no query builder per token, prepared once per
 * connection). The card-testing counters (IP, card, merchant; guardCardAttempt's, the same
 * rows) and the per-address and per-key rate-limit counters are upserted by the same
 * statement as the token (a refused attempt sent again with its own challenge's solution
 * counting 0, as in guardCardAttempt): the card-testing decision gates the rest (a refused attempt
 * counts there only, as when it was a statement of its own), the thresholds come as
 * parameters (attemptThresholdParams). Parameters travel as text and are cast.
 */
const TOKENIZE = `
  WITH api_key AS (
    SELECT id, merchant_id, mode FROM api_keys
    WHERE publishable_key = $4::text AND kind = 'publishable' AND revoked_at IS NULL
  ), spent AS (
    INSERT INTO spent_challenge_solutions (signature, expires_at)
    SELECT $27::text, $28::timestamptz WHERE $27::text IS NOT NULL
    ON CONFLICT (signature) DO NOTHING
    RETURNING signature
  ), attempt AS (
    INSERT INTO card_attempt_counters (key, window_start, count, expires_at)
    SELECT key, $25::timestamptz, CASE WHEN $32::boolean AND EXISTS (SELECT 1 FROM spent) THEN 0 ELSE 1 END, $26::timestamptz
    FROM (SELECT unnest($24::text[]) UNION ALL SELECT 'merchant:' || merchant_id || ':' || mode FROM api_key) AS keys (key)
    ON CONFLICT (key, window_start) DO UPDATE SET count = card_attempt_counters.count + excluded.count
    RETURNING key, count
  ), guard AS (
    SELECT ${attemptPassesSql("attempt", "$29", "$30", "$31")} AS passed
  ), ip AS (
    INSERT INTO rate_limit_counters (key, window_start, count, expires_at)
    SELECT 'tokenize:ip:' || $1::text, $2::timestamptz, 1, $3::timestamptz FROM guard WHERE guard.passed
    ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_counters.count + 1
    RETURNING count
  ), origin AS (
    SELECT $5::text IS NULL OR EXISTS (
      SELECT 1 FROM merchant_origins, api_key
      WHERE merchant_origins.merchant_id = api_key.merchant_id AND merchant_origins.mode = api_key.mode
        AND merchant_origins.origin = $5::text
    ) AS ok
  ), key_counter AS (
    INSERT INTO rate_limit_counters (key, window_start, count, expires_at)
    SELECT 'tokenize:key:' || api_key.id, $6::timestamptz, 1, $7::timestamptz
    FROM api_key, ip, origin
    WHERE $8::text IS NOT NULL AND ip.count <= $9::int AND origin.ok
    ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_counters.count + 1
    RETURNING count
  ), token AS (
    INSERT INTO card_tokens (id, merchant_id, mode, pan_sealed, pan_kek_id, cvc_sealed, cvc_kek_id, fingerprint,
                             brand, bin, last4, exp_month, exp_year, holder_name, created_at, expires_at, client_ip)
    SELECT $8::text, api_key.merchant_id, api_key.mode, $10::text, $11::text, $12::text, $13::text, $14::text,
           $15::text, $16::text, $17::text, $18::int, $19::int, $20::text, $21::timestamptz, $22::timestamptz, $1::text
    FROM api_key, key_counter
    WHERE key_counter.count <= $23::int
    RETURNING id
  )
  SELECT guard.passed, (SELECT json_agg(json_build_object('key', key, 'count', count)) FROM attempt) AS counts,
         EXISTS (SELECT 1 FROM spent) AS solved, (SELECT count FROM ip) AS ip_count,
         api_key.merchant_id, api_key.mode, origin.ok AS origin_ok,
         (SELECT count FROM key_counter) AS key_count, (SELECT id FROM token) AS token_id
  FROM guard CROSS JOIN origin LEFT JOIN api_key ON true`;

/**
 * The tokenization endpoint's database work in one statement, so one round
 * trip and one commit: count the card-testing attempt (per IP, card and merchant,
 * valid or not, spending its challenge solution if it brought one) and refuse it
 * past the card-testing thresholds (settleCardAttempt: `too_many_attempts`,
 * `challenge_required`); then count the attempt against the client address,
 * find the publishable key and check the origin against its merchant in the
 * key's mode (origins are registered per mode), count
 * against the key only if all of that passed and the card was valid, and
 * insert the token only within both limits. Each step's outcome comes back,
 * and the first failure, in that order, is thrown.
 *
 * Its durability is the caller's `db`: the platform passes a pool that
 * commits asynchronously (JETON_TOKENIZE_SYNCHRONOUS_COMMIT=off, the default).
 * The two counters are single rows that every request of one address or one
 * key updates, so their row locks serialize those requests; with a
 * synchronous commit each lock is held through a WAL flush (3-4 ms on the
 * benchmark's disk), capping a merchant's key at a few hundred tokens per
 * second whatever the cores. Asynchronously, the lock ends at commit and the
 * WAL writer flushes within 200 ms. What a PostgreSQL crash (not a platform
 * crash) can lose is that last fraction of a second of tokens and counts:
 * a shopper's token then answers `resource_not_found` and the card is typed
 * again; nothing is charged, because a payment's own synchronous commit
 * flushes the WAL up to and including the token it spends.
 */
export async function tokenizeCard(
  deps: { db: Database; vault: Vault; clock: Clock; cardTesting: CardTestingPolicy },
  input: TokenizeCardInput,
): Promise<TokenizedCard> {
  const { db, vault, clock } = deps;
  const now = clock.now();
  const attempt = await prepareCardAttempt(deps, { ip: input.ip, ...input.attempt, via: { publishableKey: input.publishableKey } });
  const ipWindow = window(now.getTime(), input.limits.perIp);
  const keyWindow = window(now.getTime(), input.limits.perKey);
  const card = input.rejection ? null : input.card;
  // The card-testing key already fingerprinted these digits (the body's number, digits only): the same HMAC, not computed twice.
  const fingerprint = card && attempt.card?.digits === card.number ? attempt.card.fingerprint : undefined;
  const token = card && sealCardToken(vault, card, input.holder, now, fingerprint);
  const [row] = await runStatement<Row>(db, TOKENIZE, [
    input.ip, ipWindow.start, ipWindow.end,
    input.publishableKey, input.origin,
    keyWindow.start, keyWindow.end,
    token?.id ?? null, input.limits.perIp.limit,
    token?.panSealed ?? null, token?.panKekId ?? null, token?.cvcSealed ?? null, token?.cvcKekId ?? null, token?.fingerprint ?? null,
    token?.brand ?? null, token?.bin ?? null, token?.last4 ?? null, token?.expMonth ?? null, token?.expYear ?? null, token?.holderName ?? null,
    now.toISOString(), token?.expiresAt.toISOString() ?? null,
    input.limits.perKey.limit,
    attempt.keys, boundaryText(attempt.window.start.getTime()), boundaryText(attempt.window.end.getTime()),
    attempt.spend?.signature ?? null, attempt.spend?.expiresAt.toISOString() ?? null,
    ...attemptThresholdParams(deps.cardTesting.thresholds),
    attempt.retry,
  ]);
  if (!row) throw new Error("tokenization statement returned nothing");

  // Card-testing first, as when it was a statement of its own; the statement went on only if it passed.
  await settleCardAttempt(deps, attempt, row);
  if (!row.passed || row.ip_count === null) throw new Error("the card-testing verdicts of the statement and of assessAttempt disagree");

  if (row.ip_count > input.limits.perIp.limit) throw rateLimited(ipWindow.retryAfter);
  if (input.publishableKey !== null && !row.merchant_id) throw new AppError("invalid_api_key", "The API key is not valid.");
  // A key refused by its shape (missing, secret, malformed) is refused before its origin is looked at.
  if (input.publishableKey === null && input.rejection) throw input.rejection;
  if (row.merchant_id && !row.origin_ok) throw new AppError("origin_not_allowed", "This origin is not registered for this merchant.");
  if (input.rejection) throw input.rejection;
  if (!token || !row.merchant_id || !row.mode) throw new Error("tokenization without a card or key");
  if (row.key_count === null || row.key_count > input.limits.perKey.limit || !row.token_id) throw rateLimited(keyWindow.retryAfter);
  // The token as sealCardToken made it, not a copy with the row's other columns: `{ ...token, more }` took ~13 us
  // (adding properties to a spread copy is a slow path in V8): most of tokenizeCard's own time in the profile.
  return { merchantId: row.merchant_id, mode: row.mode, token: toCardTokenView(token) };
}
