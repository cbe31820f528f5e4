import { createHash } from "node:crypto";
import { type Database, schema } from "@jeton/db";
import { and, eq, lt } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { AppError, isAppError } from "../errors";
import { scopedWhere, type Mode } from "../scope";

export interface IdempotentResponse {
  status: number;
  body: unknown;
}

export interface IdempotencyScope {
  merchantId: string;
  mode: Mode;
  key: string;
  /** Method, path and body: the same key with another request is refused. */
  request: { method: string; path: string; body: unknown };
}

const KEY_SHAPE = /^[\x21-\x7e]{1,255}$/;
const KEEP_MS = 24 * 60 * 60 * 1000;
/** A "processing" row older than this belongs to a request that died; it may be taken over. */
const ABANDONED_MS = 60 * 1000;
const WAIT_STEP_MS = 50;
const WAIT_MAX_MS = 10_000;

export function hashIdempotentRequest(request: IdempotencyScope["request"]): string {
  return createHash("sha256").update(`${request.method} ${request.path}\n${JSON.stringify(request.body ?? null)}`).digest("hex");
}

/**
 * Runs `work` once per (merchant, mode, Idempotency-Key). The key's row is
 * inserted before the work starts (the primary key makes exactly one caller
 * win), so concurrent duplicates wait for the first answer and replay it.
 * 4xx outcomes are kept and replayed like successes; an unexpected failure
 * releases the key so the client can retry.
 */
export async function runIdempotent(
  { db, clock }: { db: Database; clock: Clock },
  scope: IdempotencyScope,
  work: () => Promise<IdempotentResponse>,
): Promise<IdempotentResponse & { replayed: boolean }> {
  if (!KEY_SHAPE.test(scope.key)) {
    throw new AppError("parameter_invalid", "Idempotency-Key must be 1–255 visible ASCII characters.", { param: "Idempotency-Key" });
  }
  const requestHash = hashIdempotentRequest(scope.request);
  const where = scopedWhere(schema.idempotencyKeys, scope, eq(schema.idempotencyKeys.key, scope.key));
  const deadline = Date.now() + WAIT_MAX_MS;

  for (;;) {
    const now = clock.now();
    const inserted = await db
      .insert(schema.idempotencyKeys)
      .values({
        merchantId: scope.merchantId,
        mode: scope.mode,
        key: scope.key,
        requestHash,
        status: "processing",
        createdAt: now,
        expiresAt: new Date(now.getTime() + KEEP_MS),
      })
      .onConflictDoNothing()
      .returning({ key: schema.idempotencyKeys.key });

    if (inserted.length > 0) {
      let response: IdempotentResponse;
      try {
        response = await work();
      } catch (error) {
        if (!isAppError(error) || error.status >= 500) {
          await db.delete(schema.idempotencyKeys).where(and(where, eq(schema.idempotencyKeys.status, "processing")));
          throw error;
        }
        response = { status: error.status, body: { error: error.toBody() } };
      }
      await db
        .update(schema.idempotencyKeys)
        .set({ status: "completed", responseStatus: response.status, responseBody: response.body })
        .where(where);
      return { ...response, replayed: false };
    }

    const [existing] = await db.select().from(schema.idempotencyKeys).where(where);
    if (!existing) continue; // released by a failed first attempt: try to take it
    if (existing.requestHash !== requestHash) {
      throw new AppError("idempotency_error", "This Idempotency-Key was already used with a different request.", {
        param: "Idempotency-Key",
      });
    }
    if (existing.status === "completed") {
      return { status: existing.responseStatus ?? 200, body: existing.responseBody, replayed: true };
    }
    if (existing.createdAt.getTime() < now.getTime() - ABANDONED_MS) {
      await db.delete(schema.idempotencyKeys).where(and(where, lt(schema.idempotencyKeys.createdAt, new Date(now.getTime() - ABANDONED_MS))));
      continue;
    }
    if (Date.now() > deadline) {
      throw new AppError("idempotency_in_progress", "A request with this Idempotency-Key is still being processed; retry shortly.");
    }
    await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
  }
}
