import { createHash } from "node:crypto";
import { type Database, schema } from "@jeton/db";
import { and, eq } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { AppError, isAppError, type ErrorCode } from "../errors";
import { scopedWhere, type Mode } from "../scope";
import { withoutSecrets } from "./without-secrets";

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
/** While the first request runs, it pushes its key's expiry forward this often, so the purge never takes a key in use. */
export const IDEMPOTENCY_HEARTBEAT_MS = 60_000;
/**
 * Failures that promise nothing was done (the acquirer was not reached): only
 * these free the key for a retry. Any other failure, a 500 included, may come
 * after the acquirer acted, so it is stored and replayed like an answer.
 */
const NOTHING_DONE: ReadonlySet<ErrorCode> = new Set(["acquirer_unavailable"]);
const UNEXPECTED: IdempotentResponse = {
  status: 500,
  body: { error: new AppError("internal_error", "Something went wrong on our side; this key's request may have been carried out.").toBody() },
};

export function hashIdempotentRequest(request: IdempotencyScope["request"]): string {
  return createHash("sha256").update(`${request.method} ${request.path}\n${JSON.stringify(request.body ?? null)}`).digest("hex");
}

/**
 * Runs `work` at most once per (merchant, mode, Idempotency-Key). The key's
 * row is inserted before the work starts (the primary key makes exactly one
 * caller win); while the work runs, any other request with the key is
 * answered 409 `idempotency_key_in_use`, however long the work takes (no
 * lease expires under a running request: it renews the key's expiry as a
 * heartbeat). The answer is stored (4xx and 5xx included, without secrets,
 * see withoutSecrets) and replayed for 24 hours. Only a failure that promises
 * nothing was done frees the key. If the process dies mid-request, its key
 * stays `processing`, refused with 409, until it expires 24 hours after the
 * last heartbeat: the request is never run a second time when it may have
 * been carried out.
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
  const expiry = () => new Date(clock.now().getTime() + KEEP_MS);

  // A key freed by a failed first attempt between our insert and our read may be taken again; twice is plenty.
  for (let round = 0; round < 3; round += 1) {
    const inserted = await db
      .insert(schema.idempotencyKeys)
      .values({
        merchantId: scope.merchantId,
        mode: scope.mode,
        key: scope.key,
        requestHash,
        status: "processing",
        createdAt: clock.now(),
        expiresAt: expiry(),
      })
      .onConflictDoNothing()
      .returning({ key: schema.idempotencyKeys.key });

    if (inserted.length > 0) {
      const heartbeat = setInterval(() => {
        void db
          .update(schema.idempotencyKeys)
          .set({ expiresAt: expiry() })
          .where(and(where, eq(schema.idempotencyKeys.status, "processing")))
          .catch(() => undefined); // the next beat tries again
      }, IDEMPOTENCY_HEARTBEAT_MS);
      heartbeat.unref?.();
      const store = (response: IdempotentResponse) =>
        db
          .update(schema.idempotencyKeys)
          .set({ status: "completed", responseStatus: response.status, responseBody: withoutSecrets(response.body), expiresAt: expiry() })
          .where(where);
      let response: IdempotentResponse;
      try {
        response = await work();
      } catch (error) {
        if (isAppError(error) && NOTHING_DONE.has(error.code)) {
          await db.delete(schema.idempotencyKeys).where(and(where, eq(schema.idempotencyKeys.status, "processing")));
          throw error;
        }
        if (!isAppError(error) || error.status >= 500) {
          // The caller answers (and logs) this one; retries replay a plain 500.
          await store(isAppError(error) ? { status: error.status, body: { error: error.toBody() } } : UNEXPECTED);
          throw error;
        }
        response = { status: error.status, body: { error: error.toBody() } };
      } finally {
        clearInterval(heartbeat);
      }
      await store(response);
      return { ...response, replayed: false };
    }

    const [existing] = await db.select().from(schema.idempotencyKeys).where(where);
    if (!existing) continue;
    if (existing.requestHash !== requestHash) {
      throw new AppError("idempotency_error", "This Idempotency-Key was already used with a different request.", {
        param: "Idempotency-Key",
      });
    }
    if (existing.status === "completed") {
      return { status: existing.responseStatus ?? 200, body: existing.responseBody, replayed: true };
    }
    break;
  }
  throw new AppError("idempotency_key_in_use", "A request with this Idempotency-Key is still running; retry once it has finished.", {
    param: "Idempotency-Key",
  });
}
