import { type Database, schema } from "@jeton/db";
import { and, desc, eq } from "drizzle-orm";
import type { AcquirerRegistry } from "../acquirer/acquirer-registry";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { isOriginAllowed } from "../merchants/is-origin-allowed";
import { encodeCReq } from "../three-ds/challenge-messages";
import { challengeWindowDimensions } from "../three-ds/start-three-ds-challenge";
import type { ChallengeWindowSize } from "../three-ds/three-ds-result";
import { withQuery, type PlatformUrls } from "../urls/platform-urls";
import type { Vault } from "../vault/create-vault";
import { completeCardPaymentChallenge } from "./complete-card-payment-challenge";
import { toTransactionStatusView, type TransactionStatusView } from "../transactions/transaction-status-view";
import { verifyClientSecret } from "../transactions/verify-client-secret";

export type TransactionChallenge =
  | {
      kind: "challenge";
      transactionId: string;
      creq: string;
      windowSize: { width: number | "100%"; height: number | "100%" };
      expiresAt: Date;
    }
  | { kind: "finished"; status: TransactionStatusView };

/**
 * The challenge of a transaction created through the API, for the page
 * token.js frames on the merchant's checkout. The client secret proves the
 * browser was given this transaction, and the framing origin must be one the
 * merchant registered: the bank's page and the notification that follows
 * are framed by it, so the notification URL is pointed at it here (the 3DS
 * server's record, never the browser, decides where the CRes goes). A
 * transaction no longer waiting answers with its status instead; one whose
 * challenge the bank decided but whose notification never arrived (the tab
 * closed on the way back) is completed now.
 */
export async function openTransactionChallenge(
  deps: { db: Database; clock: Clock; vault: Vault; acquirers: AcquirerRegistry; urls: PlatformUrls },
  input: { clientSecret: string; transactionId: string; origin: string; locale: string },
): Promise<TransactionChallenge> {
  const { db, clock } = deps;
  const transaction = await verifyClientSecret({ db }, input);
  if (!(await isOriginAllowed({ db }, input.origin, { merchantId: transaction.merchantId, mode: transaction.mode }))) {
    throw new AppError("origin_not_allowed", "This origin is not registered for this merchant.", { param: "origin" });
  }
  const now = clock.now();
  const status = toTransactionStatusView(transaction, now);
  if (status.status !== "requires_action") return { kind: "finished", status };
  const [session] = await db
    .update(schema.threeDsSessions)
    .set({ notificationUrl: withQuery(deps.urls.transactionNotificationUrl(transaction.id), { origin: input.origin, lang: input.locale }) })
    .where(and(eq(schema.threeDsSessions.transactionId, transaction.id), eq(schema.threeDsSessions.status, "challenge_pending")))
    .returning();
  if (!session) {
    const [decided] = await db
      .select({ id: schema.threeDsSessions.id })
      .from(schema.threeDsSessions)
      .where(eq(schema.threeDsSessions.transactionId, transaction.id))
      .orderBy(desc(schema.threeDsSessions.createdAt))
      .limit(1);
    const finished = decided
      ? await completeCardPaymentChallenge(deps, { threeDSServerTransID: decided.id })
      : transaction;
    return { kind: "finished", status: toTransactionStatusView(finished, now) };
  }
  if (session.expiresAt <= now) return { kind: "finished", status: { ...status, status: "expired", actionExpiresAt: null } };
  const size = session.challengeWindowSize as ChallengeWindowSize;
  return {
    kind: "challenge",
    transactionId: transaction.id,
    creq: encodeCReq({ threeDSServerTransID: session.id, acsTransID: session.acsTransId, challengeWindowSize: size }),
    windowSize: challengeWindowDimensions[size] ?? challengeWindowDimensions["05"],
    expiresAt: session.expiresAt,
  };
}
