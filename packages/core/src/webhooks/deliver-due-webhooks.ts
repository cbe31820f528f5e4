import { type Database, schema } from "@jeton/db";
import { and, asc, eq, inArray, lte } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { Agent, fetch as undiciFetch, type Dispatcher } from "undici";
import type { Clock } from "../clock/clock";
import { createId } from "../ids/create-id";
import type { Vault } from "../vault/create-vault";
import { checkWebhookTarget, WebhookTargetRefused, type WebhookNetwork, type WebhookTarget } from "./check-webhook-target";

/** What the worker logs through; pino's Logger fits. */
export interface WebhookLogger {
  info(details: Record<string, unknown>, message: string): void;
  warn(details: Record<string, unknown>, message: string): void;
  error(details: Record<string, unknown>, message: string): void;
}

/** What a delivery sends with: undici's fetch, given a dispatcher pinned to the checked address. Tests may stand in. */
export type WebhookFetch = (
  url: string,
  init: {
    method: "POST";
    headers: Record<string, string>;
    body: string;
    redirect: "manual";
    signal: AbortSignal;
    dispatcher: Dispatcher;
  },
) => Promise<{ status: number; body: ReadableStream<Uint8Array> | null }>;

export interface DeliverDueWebhooksDeps {
  db: Database;
  vault: Vault;
  clock: Clock;
  /** Which addresses receivers may have; checked before every attempt. */
  webhookNetwork: WebhookNetwork;
  fetch?: WebhookFetch | undefined;
  logger?: WebhookLogger | undefined;
}

/**
 * What the delivery log shows of a failed attempt: a class, never the
 * receiver's reply or a socket's error text (those could echo what an
 * internal service said).
 */
import type { WebhookAttemptError } from "./webhook-attempt-view";

export type { WebhookAttemptError };

export interface DeliverDueWebhooksOptions {
  /** Deliveries claimed per run; they are sent concurrently. */
  batchSize?: number;
  /** Per HTTP attempt, response body included. */
  timeoutMs?: number;
  /** How long a claim holds before another worker may take the delivery over. Must exceed timeoutMs. */
  leaseMs?: number;
}

export interface DeliverDueWebhooksResult {
  /** Deliveries this run took; a drain is over when a run claims none. */
  claimed: number;
  /** HTTP attempts made (a delivery whose endpoint was deleted is given up without one). */
  attempted: number;
  succeeded: number;
  /** Attempts that did not succeed, whether retried later or given up. */
  failed: number;
}

/**
 * Wait before the next try after attempt n (index n - 1): 5 s, 5 min, 30 min,
 * 2 h, 5 h, 10 h, 10 h. After the 8th failed attempt the delivery is given up
 * (about 38 hours after the event), and can still be redelivered by hand.
 */
export const WEBHOOK_RETRY_DELAYS_MS = [
  5_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  5 * 3_600_000,
  10 * 3_600_000,
  10 * 3_600_000,
] as const;
export const WEBHOOK_MAX_ATTEMPTS = WEBHOOK_RETRY_DELAYS_MS.length + 1;

/** A receiver's reply is read (so the connection ends cleanly) and thrown away; past this size the attempt fails. */
const MAX_REPLY_BYTES = 64 * 1024;
const USER_AGENT = "Jeton-Webhooks/1.0";

interface Claimed {
  id: string;
  attempts: number;
}

type Outcome = "succeeded" | "retrying" | "failed" | "dropped" | "lost";

class ReplyTooLarge extends Error {}

async function drainReply(body: ReadableStream<Uint8Array> | null): Promise<void> {
  if (!body) return;
  const reader = body.getReader();
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      bytes += value.byteLength;
      if (bytes > MAX_REPLY_BYTES) throw new ReplyTooLarge();
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}

const TIMEOUT_CODES = new Set(["UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT", "ETIMEDOUT"]);

function classifyFetchError(error: unknown): WebhookAttemptError {
  if (error instanceof ReplyTooLarge) return "too_large";
  if (!(error instanceof Error)) return "connection_failed";
  if (error.name === "TimeoutError" || error.name === "AbortError") return "timeout";
  const cause = (error as Error & { cause?: { code?: unknown; name?: unknown } }).cause;
  const code = typeof cause?.code === "string" ? cause.code : "";
  if (cause?.name === "TimeoutError" || TIMEOUT_CODES.has(code)) return "timeout";
  if (/CERT|TLS|SSL/.test(code)) return "tls_error";
  return "connection_failed";
}

/**
 * A connection pool for one attempt whose every connection goes to the
 * checked address: a DNS answer that changes after the check (rebinding)
 * never decides where the request goes. The URL's host name still names the
 * site (Host header, TLS server name and certificate check).
 */
function pinnedAgent(target: WebhookTarget): Agent {
  return new Agent({
    connect: {
      lookup: (_hostname, options, callback) => {
        if ((options as { all?: boolean }).all) callback(null, [{ address: target.address, family: target.family }] as never, target.family);
        else callback(null, target.address, target.family);
      },
    },
  });
}

const defaultFetch = undiciFetch as unknown as WebhookFetch;

/**
 * One pass of the webhook outbox. Due deliveries are claimed in a short
 * transaction (FOR UPDATE SKIP LOCKED, so concurrent workers and instances
 * never pick the same row) by pushing their nextAttemptAt one lease ahead: if
 * this worker dies mid-flight, the delivery simply becomes due again. Each is
 * then POSTed, signed per Standard Webhooks; every attempt is recorded, and
 * the delivery is updated only if the claim is still ours.
 */
export async function deliverDueWebhooks(
  deps: DeliverDueWebhooksDeps,
  { batchSize = 20, timeoutMs = 10_000, leaseMs = 60_000 }: DeliverDueWebhooksOptions = {},
): Promise<DeliverDueWebhooksResult> {
  const { db, vault, clock, logger } = deps;
  const { webhookDeliveries, webhookEndpoints, webhookAttempts, events } = schema;
  const claimedAt = clock.now();
  const leaseUntil = new Date(claimedAt.getTime() + leaseMs);

  const claimed: Claimed[] = await db.transaction(async (tx) => {
    const due = await tx
      .select({ id: webhookDeliveries.id, attempts: webhookDeliveries.attempts })
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.status, "pending"), lte(webhookDeliveries.nextAttemptAt, claimedAt)))
      .orderBy(asc(webhookDeliveries.nextAttemptAt))
      .limit(batchSize)
      .for("update", { skipLocked: true });
    if (due.length > 0) {
      await tx
        .update(webhookDeliveries)
        .set({ nextAttemptAt: leaseUntil })
        .where(inArray(webhookDeliveries.id, due.map((row) => row.id)));
    }
    return due;
  });
  const result: DeliverDueWebhooksResult = { claimed: claimed.length, attempted: 0, succeeded: 0, failed: 0 };
  if (claimed.length === 0) return result;

  const rows = await db
    .select({
      deliveryId: webhookDeliveries.id,
      event: events,
      endpointUrl: webhookEndpoints.url,
      endpointMode: webhookEndpoints.mode,
      endpointDeletedAt: webhookEndpoints.deletedAt,
      secretSealed: webhookEndpoints.secretSealed,
    })
    .from(webhookDeliveries)
    .innerJoin(events, eq(events.id, webhookDeliveries.eventId))
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(inArray(webhookDeliveries.id, claimed.map((row) => row.id)));
  const details = new Map(rows.map((row) => [row.deliveryId, row]));

  // Only rows still carrying our claim are ours to update.
  const ours = (claim: Claimed) =>
    and(
      eq(webhookDeliveries.id, claim.id),
      eq(webhookDeliveries.status, "pending"),
      eq(webhookDeliveries.attempts, claim.attempts),
      eq(webhookDeliveries.nextAttemptAt, leaseUntil),
    );

  const deliver = async (claim: Claimed): Promise<Outcome> => {
    const row = details.get(claim.id);
    if (!row) return "lost";
    if (row.endpointDeletedAt) {
      await db.update(webhookDeliveries).set({ status: "failed", nextAttemptAt: null }).where(ours(claim));
      return "dropped";
    }
    const { event } = row;
    const payload = JSON.stringify({ id: event.id, type: event.type, createdAt: event.createdAt.toISOString(), data: event.data });
    const attemptedAt = clock.now();
    let signature: string;
    try {
      signature = new Webhook(vault.open(row.secretSealed, "secret")).sign(event.id, attemptedAt, payload);
    } catch (caught) {
      // Our fault (e.g. a KEK missing from configuration), not the merchant's:
      // no attempt is spent, and the lease brings the delivery back once fixed.
      logger?.error({ err: caught, deliveryId: claim.id }, "webhook could not be signed");
      return "lost";
    }
    const started = performance.now();
    let statusCode: number | null = null;
    let error: WebhookAttemptError | null = null;
    let agent: Agent | undefined;
    try {
      // Checked at every attempt, not only at registration: DNS answers change.
      const target = await checkWebhookTarget(deps.webhookNetwork, row.endpointUrl, row.endpointMode);
      agent = pinnedAgent(target);
      const response = await (deps.fetch ?? defaultFetch)(row.endpointUrl, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "user-agent": USER_AGENT,
          "webhook-id": event.id,
          "webhook-timestamp": String(Math.floor(attemptedAt.getTime() / 1000)),
          "webhook-signature": signature,
        },
        body: payload,
        // A redirect is not a delivery, and following one would let a URL point the platform anywhere.
        redirect: "manual",
        signal: AbortSignal.timeout(timeoutMs),
        dispatcher: agent,
      });
      statusCode = response.status;
      await drainReply(response.body);
    } catch (caught) {
      error = caught instanceof WebhookTargetRefused ? caught.reason : classifyFetchError(caught);
    } finally {
      agent?.destroy().catch(() => {});
    }
    const durationMs = Math.round(performance.now() - started);
    const ok = error === null && statusCode !== null && statusCode >= 200 && statusCode < 300;
    const attempt = claim.attempts + 1;
    const finishedAt = clock.now();
    const outcome: Outcome = ok ? "succeeded" : attempt >= WEBHOOK_MAX_ATTEMPTS ? "failed" : "retrying";
    const delay = WEBHOOK_RETRY_DELAYS_MS[attempt - 1] ?? 0;
    await db.transaction(async (tx) => {
      await tx.insert(webhookAttempts).values({
        id: createId("wha"),
        deliveryId: claim.id,
        attemptedAt,
        statusCode,
        durationMs,
        error,
      });
      await tx
        .update(webhookDeliveries)
        .set({
          status: outcome === "retrying" ? "pending" : outcome,
          attempts: attempt,
          lastAttemptAt: attemptedAt,
          lastStatusCode: statusCode,
          nextAttemptAt: outcome === "retrying" ? new Date(finishedAt.getTime() + delay) : null,
        })
        .where(ours(claim));
    });
    const logDetails = { deliveryId: claim.id, eventId: event.id, eventType: event.type, attempt, statusCode, durationMs, error };
    if (ok) logger?.info(logDetails, "webhook delivered");
    else logger?.warn({ ...logDetails, outcome }, "webhook attempt failed");
    return outcome;
  };

  const outcomes = await Promise.allSettled(claimed.map(deliver));
  for (const outcome of outcomes) {
    if (outcome.status === "rejected") {
      // The lease returns the delivery to the queue; nothing else to do here.
      logger?.error({ err: outcome.reason }, "webhook delivery could not be recorded");
      continue;
    }
    if (outcome.value === "succeeded" || outcome.value === "retrying" || outcome.value === "failed") result.attempted += 1;
    if (outcome.value === "succeeded") result.succeeded += 1;
    if (outcome.value === "retrying" || outcome.value === "failed") result.failed += 1;
  }
  return result;
}
