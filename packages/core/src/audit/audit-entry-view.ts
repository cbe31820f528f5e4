import type { schema } from "@jeton/db";

export type AuditOutcome = "success" | "failure" | "denied";

export interface AuditEntryView {
  id: string;
  userId: string | null;
  actorEmail: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  mode: "test" | "live" | null;
  outcome: AuditOutcome;
  ip: string | null;
  userAgent: string | null;
  details: Record<string, unknown> | null;
  createdAt: Date;
}

export function toAuditEntryView(row: typeof schema.auditLog.$inferSelect): AuditEntryView {
  return {
    id: row.id,
    userId: row.userId,
    actorEmail: row.actorEmail,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    mode: row.mode,
    outcome: row.outcome,
    ip: row.ip,
    userAgent: row.userAgent,
    details: row.details ?? null,
    createdAt: row.createdAt,
  };
}
