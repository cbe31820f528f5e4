import { schema } from "@jeton/db";
import { eq, sql } from "drizzle-orm";
import type { DatabaseExecutor } from "../events/record-event";

/**
 * Sessions are sealed cookies, so one cannot be deleted on the server; instead
 * every cookie names the user's session version, and this bumps it. Used on
 * sign-out, role change, password change and removal.
 */
export async function revokeStaffSessions(deps: { db: DatabaseExecutor }, userId: string): Promise<void> {
  await deps.db
    .update(schema.staffUsers)
    .set({ sessionVersion: sql`${schema.staffUsers.sessionVersion} + 1` })
    .where(eq(schema.staffUsers.id, userId));
}
