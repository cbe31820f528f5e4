import { type Database, schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { isUuid } from "./is-uuid";

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

/**
 * Locks a challenge's row (`FOR UPDATE`) until the caller's transaction ends,
 * so that concurrent answers are serialized: two submissions cannot both spend
 * the same attempt, nor both complete the challenge.
 */
export async function lockPendingThreeDsSession(tx: Transaction, clock: Clock, acsTransId: string) {
  const notFound = () => new AppError("resource_not_found", "No such 3-D Secure challenge.", { param: "acsTransId" });
  if (!isUuid(acsTransId)) throw notFound();
  const [session] = await tx
    .select()
    .from(schema.threeDsSessions)
    .where(eq(schema.threeDsSessions.acsTransId, acsTransId.toLowerCase()))
    .for("update");
  if (!session) throw notFound();
  if (session.status !== "challenge_pending") throw new AppError("challenge_closed", "This 3-D Secure challenge is already over.");
  // Left pending: the expiry sweep is what moves the session *and* its
  // transaction to expired, and it only picks pending sessions.
  if (session.expiresAt <= clock.now()) throw new AppError("challenge_expired", "This 3-D Secure challenge has expired.");
  return session;
}
