import { AppError, type Mode, type StaffRole } from "@jeton/core";
import { schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import type { AppContext } from "@/server/context";
import { unsealStaffSession, type StaffSessionData } from "./staff-session";

export interface StaffIdentity {
  userId: string;
  email: string;
  role: StaffRole;
  merchantId: string;
  merchantName: string;
  mode: Mode;
  csrf: string;
  session: StaffSessionData;
}

/**
 * The signed-in staff member behind a cookie value, or null. The cookie alone
 * is not trusted: the user must still exist, be enabled and carry the same
 * session version, so a removal or role change takes effect on the next request.
 */
export async function authenticateStaff(context: Pick<AppContext, "db" | "clock" | "config">, sealed: string | null | undefined): Promise<StaffIdentity | null> {
  const session = await unsealStaffSession(context.config, sealed, context.clock.now());
  if (!session || session.stage !== "active") return null;
  const [row] = await context.db
    .select({ user: schema.staffUsers, merchantName: schema.merchants.name })
    .from(schema.staffUsers)
    .innerJoin(schema.merchants, eq(schema.merchants.id, schema.staffUsers.merchantId))
    .where(eq(schema.staffUsers.id, session.userId));
  if (!row || row.user.disabledAt || row.user.sessionVersion !== session.sessionVersion) return null;
  return {
    userId: row.user.id,
    email: row.user.email,
    role: row.user.role,
    merchantId: row.user.merchantId,
    merchantName: row.merchantName,
    mode: session.mode,
    csrf: session.csrf,
    session,
  };
}

export async function requireStaffIdentity(context: Pick<AppContext, "db" | "clock" | "config">, sealed: string | null | undefined): Promise<StaffIdentity> {
  const staff = await authenticateStaff(context, sealed);
  if (!staff) throw new AppError("session_required", "Sign in to the back-office.");
  return staff;
}
