import { type Database, schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { isUuid } from "./is-uuid";

export type ThreeDsSessionStatus = (typeof schema.threeDsSessions.$inferSelect)["status"];

export interface AcsChallenge {
  threeDSServerTransID: string;
  acsTransID: string;
  transactionId: string;
  /** `challenge_pending` past its expiry reads as `expired`. */
  status: ThreeDsSessionStatus;
  attemptsLeft: number;
  challengeWindowSize: string;
  notificationUrl: string | null;
  expiresAt: Date;
  /** What the shopper is asked to approve (minor units). */
  amount: number;
  currency: string;
}

/**
 * What the simulated ACS page shows: the challenge named by its acsTransID.
 * The simulated bank serves test mode only: a live authentication (one left
 * from before live mode was turned off) is unknown to it, so its page, which
 * prints the code, never opens for a live payment.
 */
export async function getAcsChallenge({ db, clock }: { db: Database; clock: Clock }, { acsTransId }: { acsTransId: string }): Promise<AcsChallenge> {
  const notFound = () => new AppError("resource_not_found", "No such 3-D Secure challenge.", { param: "acsTransId" });
  if (!isUuid(acsTransId)) throw notFound();
  const [row] = await db
    .select({ session: schema.threeDsSessions, amount: schema.transactions.amount, currency: schema.transactions.currency, mode: schema.transactions.mode })
    .from(schema.threeDsSessions)
    .innerJoin(schema.transactions, eq(schema.transactions.id, schema.threeDsSessions.transactionId))
    .where(eq(schema.threeDsSessions.acsTransId, acsTransId.toLowerCase()));
  if (!row || row.mode !== "test") throw notFound();
  const { session } = row;
  const expired = session.status === "challenge_pending" && session.expiresAt <= clock.now();
  return {
    threeDSServerTransID: session.id,
    acsTransID: session.acsTransId,
    transactionId: session.transactionId,
    status: expired ? "expired" : session.status,
    attemptsLeft: session.attemptsLeft,
    challengeWindowSize: session.challengeWindowSize,
    notificationUrl: session.notificationUrl,
    expiresAt: session.expiresAt,
    amount: row.amount,
    currency: row.currency,
  };
}
