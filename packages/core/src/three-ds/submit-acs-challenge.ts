import { type Database, schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { encodeCRes } from "./challenge-messages";
import { lockPendingThreeDsSession } from "./lock-pending-three-ds-session";

/** The simulated issuer's one-time code (SPEC §4). */
export const ACS_TEST_CODE = "123456";

export interface AcsChallengeAnswer {
  outcome: "authenticated" | "retry" | "failed";
  attemptsLeft: number;
  /** The final CRes to post to `notificationUrl`; absent on `retry`. */
  cres?: string;
  notificationUrl?: string;
}

/** The shopper's answer on the simulated bank's page: 123456 authenticates, three wrong codes fail. */
export async function submitAcsChallenge(
  { db, clock }: { db: Database; clock: Clock },
  { acsTransId, code }: { acsTransId: string; code: string },
): Promise<AcsChallengeAnswer> {
  return db.transaction(async (tx) => {
    const session = await lockPendingThreeDsSession(tx, clock, acsTransId);
    const typed = typeof code === "string" ? code.trim() : "";
    // An empty form is a slip, not a guess: it costs no attempt.
    if (typed.length === 0) throw new AppError("parameter_invalid", "Enter the code you received.", { param: "code" });
    const now = clock.now();
    const ids = { threeDSServerTransID: session.id, acsTransID: session.acsTransId };
    const notificationUrl = session.notificationUrl ?? undefined;

    if (typed === ACS_TEST_CODE) {
      await tx.update(schema.threeDsSessions).set({ status: "Y", completedAt: now }).where(eq(schema.threeDsSessions.id, session.id));
      return { outcome: "authenticated", attemptsLeft: session.attemptsLeft, cres: encodeCRes({ ...ids, transStatus: "Y" }), notificationUrl };
    }
    const attemptsLeft = session.attemptsLeft - 1;
    if (attemptsLeft > 0) {
      await tx.update(schema.threeDsSessions).set({ attemptsLeft }).where(eq(schema.threeDsSessions.id, session.id));
      return { outcome: "retry", attemptsLeft };
    }
    await tx
      .update(schema.threeDsSessions)
      .set({ attemptsLeft: 0, status: "N", completedAt: now })
      .where(eq(schema.threeDsSessions.id, session.id));
    return { outcome: "failed", attemptsLeft: 0, cres: encodeCRes({ ...ids, transStatus: "N" }), notificationUrl };
  });
}
