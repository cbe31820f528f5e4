import { type Database, schema } from "@jeton/db";
import { and, eq } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { isId } from "../ids/create-id";
import { encodeCReq } from "../three-ds/challenge-messages";
import { challengeWindowDimensions } from "../three-ds/start-three-ds-challenge";
import type { ChallengeWindowSize } from "../three-ds/three-ds-result";

export interface PendingChallenge {
  transactionId: string;
  creq: string;
  windowSize: { width: number | "100%"; height: number | "100%" };
  expiresAt: Date;
}

/**
 * The challenge a payment request's attempt is waiting on, rebuilt from the
 * 3DS session (the CReq holds nothing secret), so the challenge page needs no
 * state of its own. Null when the attempt is not waiting any more.
 */
export async function getPendingChallenge(
  { db, clock }: { db: Database; clock: Clock },
  { paymentRequestId, transactionId }: { paymentRequestId: string; transactionId: string },
): Promise<PendingChallenge | null> {
  if (!isId("tx", transactionId)) return null;
  const [row] = await db
    .select({ session: schema.threeDsSessions })
    .from(schema.threeDsSessions)
    .innerJoin(schema.transactions, eq(schema.transactions.id, schema.threeDsSessions.transactionId))
    .where(
      and(
        eq(schema.transactions.id, transactionId),
        eq(schema.transactions.paymentRequestId, paymentRequestId),
        eq(schema.transactions.status, "requires_action"),
        eq(schema.threeDsSessions.status, "challenge_pending"),
      ),
    );
  if (!row || row.session.expiresAt <= clock.now()) return null;
  const size = row.session.challengeWindowSize as ChallengeWindowSize;
  return {
    transactionId,
    creq: encodeCReq({ threeDSServerTransID: row.session.id, acsTransID: row.session.acsTransId, challengeWindowSize: size }),
    windowSize: challengeWindowDimensions[size] ?? challengeWindowDimensions["05"],
    expiresAt: row.session.expiresAt,
  };
}
