import { recordAuditEntry, type StaffSignInUser } from "@jeton/core";
import { schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import type { AppContext } from "@/server/context";
import { clientIp } from "@/server/http/client-ip";

/**
 * Every sign-in step goes to the user's merchant's audit log: who, from
 * where, and how it ended (`denied` for a locked account or a forged
 * request). An unknown email belongs to no merchant: the attempt is logged
 * instead, without the typed email (it could be anything, a password typed
 * in the wrong field included), never stored as if it were someone's account.
 */
export async function auditSignIn(
  context: Pick<AppContext, "db" | "clock" | "config" | "logger">,
  request: Request,
  entry: {
    action: "login.password" | "login.second_factor" | "login.totp_enrol";
    /** The account, or its id when only the session names it (a forged step 2). */
    user: StaffSignInUser | string | null;
    outcome: "success" | "failure" | "denied";
    details: Record<string, unknown>;
  },
): Promise<void> {
  const ip = clientIp(request, context.config);
  let user = entry.user;
  if (typeof user === "string") {
    const [row] = await context.db
      .select({ id: schema.staffUsers.id, merchantId: schema.staffUsers.merchantId, email: schema.staffUsers.email })
      .from(schema.staffUsers)
      .where(eq(schema.staffUsers.id, user));
    user = row ? { ...row, role: "viewer", sessionVersion: 0, totpEnabled: false } : null;
  }
  if (!user) {
    context.logger.warn({ action: entry.action, ip, ...entry.details }, "back-office sign-in for an unknown account");
    return;
  }
  await recordAuditEntry(context, {
    merchantId: user.merchantId,
    userId: user.id,
    actorEmail: user.email,
    action: entry.action,
    targetType: "staff_user",
    targetId: user.id,
    outcome: entry.outcome,
    ip,
    userAgent: request.headers.get("user-agent"),
    details: entry.details,
  });
}
