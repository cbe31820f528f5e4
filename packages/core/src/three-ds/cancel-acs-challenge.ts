import { type Database, schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { encodeCRes } from "./challenge-messages";
import { lockPendingThreeDsSession } from "./lock-pending-three-ds-session";

/** The shopper pressed Cancel on the bank's page: the authentication fails with challengeCancel 01. */
export async function cancelAcsChallenge(
  { db, clock }: { db: Database; clock: Clock },
  { acsTransId }: { acsTransId: string },
): Promise<{ cres: string; notificationUrl?: string }> {
  return db.transaction(async (tx) => {
    const session = await lockPendingThreeDsSession(tx, clock, acsTransId);
    await tx
      .update(schema.threeDsSessions)
      .set({ status: "canceled", completedAt: clock.now() })
      .where(eq(schema.threeDsSessions.id, session.id));
    const cres = encodeCRes({ threeDSServerTransID: session.id, acsTransID: session.acsTransId, transStatus: "N", challengeCancel: "01" });
    return session.notificationUrl ? { cres, notificationUrl: session.notificationUrl } : { cres };
  });
}
