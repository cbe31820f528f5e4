import { schema } from "@jeton/db";
import type { Clock } from "../clock/clock";
import type { DatabaseExecutor } from "../events/record-event";
import { createId } from "../ids/create-id";
import type { Mode } from "../merchants/create-api-key";

export interface AuditEntryInput {
  merchantId: string;
  userId: string | null;
  actorEmail: string;
  /** Dotted verb, e.g. `login`, `transaction.refund`, `settings.branding.update`. */
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  mode?: Mode | null;
  outcome: "success" | "failure" | "denied";
  ip?: string | null;
  userAgent?: string | null;
  /** What was asked and, on failure, the error code. Callers must never put card data or secrets here. */
  details?: Record<string, unknown> | null;
}

/** Appends one line to the audit log; inside the action's own database transaction when given one. */
export async function recordAuditEntry(deps: { db: DatabaseExecutor; clock: Clock }, input: AuditEntryInput): Promise<string> {
  const id = createId("aud");
  await deps.db.insert(schema.auditLog).values({
    id,
    merchantId: input.merchantId,
    userId: input.userId,
    actorEmail: input.actorEmail,
    action: input.action,
    targetType: input.targetType ?? null,
    targetId: input.targetId ?? null,
    mode: input.mode ?? null,
    outcome: input.outcome,
    ip: input.ip ?? null,
    // Bounded: the header is the client's to fill.
    userAgent: input.userAgent ? input.userAgent.slice(0, 300) : null,
    details: input.details ?? null,
    createdAt: deps.clock.now(),
  });
  return id;
}
