import { type Database, schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { encodeCReq } from "./challenge-messages";
import { isUuid } from "./is-uuid";
import { type ARes, type ChallengeWindowSize, challengeWindowSizes, THREE_DS_VERSION } from "./three-ds-result";

/** SPEC §4: a challenge not completed within 10 minutes turns the transaction `expired`. */
export const THREE_DS_CHALLENGE_TTL_MS = 10 * 60 * 1000;

/** EMV 3DS challengeWindowSize → the iframe's size in CSS pixels. */
export const challengeWindowDimensions: Record<ChallengeWindowSize, { width: number | "100%"; height: number | "100%" }> = {
  "01": { width: 250, height: 400 },
  "02": { width: 390, height: 400 },
  "03": { width: 500, height: 600 },
  "04": { width: 600, height: 400 },
  "05": { width: "100%", height: "100%" },
};

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.username === "" && url.password === "";
  } catch {
    return false;
  }
}

/**
 * Opens the ACS side of a challenge (ARes transStatus C) for a transaction the
 * caller has already created in `requires_action`, and returns what the page
 * posts into the challenge iframe. The ACS posts its CRes back to
 * `notificationUrl`.
 */
export async function startThreeDsChallenge(
  { db, clock }: { db: Database; clock: Clock },
  input: { ares: ARes; transactionId: string; challengeWindowSize: ChallengeWindowSize; notificationUrl: string },
): Promise<{ creq: string; acsUrl: string; windowSize: { width: number | "100%"; height: number | "100%" }; expiresAt: Date }> {
  const { ares, transactionId, challengeWindowSize, notificationUrl } = input;
  if (ares.transStatus !== "C" || !ares.acsURL) {
    throw new AppError("parameter_invalid", "Only an ARes with transStatus C (and an acsURL) starts a challenge.", { param: "ares" });
  }
  if (!isUuid(ares.threeDSServerTransID) || !isUuid(ares.acsTransID) || !isUuid(ares.dsTransID)) {
    throw new AppError("parameter_invalid", "The ARes transaction ids must be UUIDs.", { param: "ares" });
  }
  if (!(challengeWindowSizes as readonly string[]).includes(challengeWindowSize)) {
    throw new AppError("parameter_invalid", "challengeWindowSize must be one of 01 to 05.", { param: "challengeWindowSize" });
  }
  if (!isHttpUrl(notificationUrl)) {
    throw new AppError("parameter_invalid", "notificationUrl must be an absolute http(s) URL.", { param: "notificationUrl" });
  }
  const now = clock.now();
  const expiresAt = new Date(now.getTime() + THREE_DS_CHALLENGE_TTL_MS);
  // No row lock: the caller has committed the transaction before calling, and
  // nothing else moves a requires_action transaction before its session exists.
  const [transaction] = await db
    .select({ status: schema.transactions.status })
    .from(schema.transactions)
    .where(eq(schema.transactions.id, transactionId));
  if (!transaction) throw new AppError("resource_not_found", `No such transaction: ${transactionId}`, { param: "transactionId" });
  if (transaction.status !== "requires_action") {
    throw new AppError("invalid_state_transition", `A challenge needs a transaction in requires_action, not ${transaction.status}.`);
  }
  const inserted = await db
    .insert(schema.threeDsSessions)
    .values({
    id: ares.threeDSServerTransID,
    transactionId,
    acsTransId: ares.acsTransID,
    dsTransId: ares.dsTransID,
    messageVersion: THREE_DS_VERSION,
    status: "challenge_pending",
    challengeWindowSize,
    attemptsLeft: 3,
    notificationUrl,
    createdAt: now,
    expiresAt,
    })
    .onConflictDoNothing()
    .returning({ id: schema.threeDsSessions.id });
  if (inserted.length === 0) {
    throw new AppError("parameter_invalid", "A challenge was already started for this ARes.", { param: "ares" });
  }
  return {
    creq: encodeCReq({ threeDSServerTransID: ares.threeDSServerTransID, acsTransID: ares.acsTransID, challengeWindowSize }),
    acsUrl: ares.acsURL,
    windowSize: challengeWindowDimensions[challengeWindowSize],
    expiresAt,
  };
}
