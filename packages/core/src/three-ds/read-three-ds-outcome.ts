import { type Database, schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { computeAuthenticationValue } from "./compute-authentication-value";
import { eciFor } from "./eci-for";
import type { ThreeDsSessionStatus } from "./get-acs-challenge";
import { isUuid } from "./is-uuid";
import { hasLiabilityShift, type ThreeDsResult, THREE_DS_VERSION } from "./three-ds-result";

/**
 * The authoritative outcome of a challenge, read from the ACS's own record.
 * The notification handler must use this and never the CRes the browser
 * posted: the browser could have written that CRes itself.
 */
export async function readThreeDsOutcome(
  { db, clock }: { db: Database; clock: Clock },
  { threeDSServerTransID }: { threeDSServerTransID: string },
): Promise<{ transactionId: string; status: ThreeDsSessionStatus; result: ThreeDsResult }> {
  const notFound = () => new AppError("resource_not_found", "No such 3-D Secure authentication.", { param: "threeDSServerTransID" });
  if (!isUuid(threeDSServerTransID)) throw notFound();
  const [row] = await db
    .select({ session: schema.threeDsSessions, brand: schema.transactions.brand })
    .from(schema.threeDsSessions)
    .innerJoin(schema.transactions, eq(schema.transactions.id, schema.threeDsSessions.transactionId))
    .where(eq(schema.threeDsSessions.id, threeDSServerTransID.toLowerCase()));
  if (!row) throw notFound();
  const { session, brand } = row;
  const status: ThreeDsSessionStatus =
    session.status === "challenge_pending" && session.expiresAt <= clock.now() ? "expired" : session.status;

  const ids = { threeDSServerTransID: session.id, acsTransID: session.acsTransId, dsTransID: session.dsTransId };
  const result: ThreeDsResult = { version: THREE_DS_VERSION, transStatus: "C", liabilityShift: false, ...ids, challenged: true };
  switch (status) {
    case "challenge_pending":
      return { transactionId: session.transactionId, status, result };
    case "canceled":
      // EMV challengeCancel 01: the cardholder pressed Cancel.
      Object.assign(result, { transStatus: "N", challengeCancel: "01", transStatusReason: "01" });
      break;
    case "expired":
      // challengeCancel 04 / transStatusReason 14: timed out at the ACS.
      Object.assign(result, { transStatus: "N", challengeCancel: "04", transStatusReason: "14" });
      break;
    case "N":
    case "R":
      // 01: card authentication failed (three wrong codes).
      Object.assign(result, { transStatus: status, transStatusReason: "01" });
      break;
    case "U":
      Object.assign(result, { transStatus: status, transStatusReason: "14" });
      break;
    case "Y":
    case "A":
      result.transStatus = status;
      result.authenticationValue = computeAuthenticationValue({ ...ids, transStatus: status });
      break;
  }
  result.eci = eciFor(brand, result.transStatus);
  result.liabilityShift = hasLiabilityShift(result.transStatus);
  return { transactionId: session.transactionId, status, result };
}
