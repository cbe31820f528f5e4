import { type Database, schema } from "@jeton/db";
import { and, eq } from "drizzle-orm";
import type { Acquirer } from "../acquirer/acquirer";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { createId } from "../ids/create-id";
import type { Mode } from "../merchants/create-api-key";
import { performThreeDsLookup } from "../three-ds/perform-three-ds-lookup";
import { startThreeDsChallenge } from "../three-ds/start-three-ds-challenge";
import { threeDsResultFromARes, type ChallengeWindowSize } from "../three-ds/three-ds-result";
import type { Vault } from "../vault/create-vault";
import { authorizeCardPayment } from "./authorize-card-payment";
import { changeTransactionStatus } from "./change-transaction-status";

type Row = typeof schema.transactions.$inferSelect;

export interface StartCardPaymentInput {
  merchantId: string;
  mode: Mode;
  cardTokenId: string;
  amount: number;
  currency: string;
  captureMode: "automatic" | "manual";
  merchantReference: string | null;
  customerEmail: string | null;
  paymentRequestId: string | null;
  threeDs: { challengeWindowSize: ChallengeWindowSize; notificationUrl: string; acsUrl: string };
}

export type StartCardPaymentResult =
  | { kind: "challenge"; transaction: Row; challenge: { creq: string; acsUrl: string; windowSize: { width: number | "100%"; height: number | "100%" } } }
  | { kind: "completed"; transaction: Row };

/** A challenge left unanswered becomes `expired` after this (SPEC §4). */
const CHALLENGE_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * One card payment from a card token: 3-D Secure per the card and the
 * merchant's policy, then authorization (and automatic capture). When the
 * issuer wants a challenge, the transaction waits in `requires_action` with
 * the token unconsumed, and completeCardPaymentChallenge finishes it.
 * Everything commits together, events included.
 */
export async function startCardPayment(
  deps: { db: Database; vault: Vault; clock: Clock; acquirer: Acquirer },
  input: StartCardPaymentInput,
): Promise<StartCardPaymentResult> {
  return deps.db.transaction(async (db) => {
    const { clock, vault } = deps;
    const [token] = await db
      .select()
      .from(schema.cardTokens)
      .where(and(eq(schema.cardTokens.id, input.cardTokenId), eq(schema.cardTokens.merchantId, input.merchantId), eq(schema.cardTokens.mode, input.mode)))
      .for("update");
    if (!token) throw new AppError("resource_not_found", `No such card token: ${input.cardTokenId}`, { param: "cardTokenId" });
    if (token.usedAt) throw new AppError("card_token_used", "This card token has already been used.", { param: "cardTokenId" });
    if (token.expiresAt <= clock.now()) throw new AppError("card_token_expired", "This card token has expired.", { param: "cardTokenId" });

    const [settings] = await db.select().from(schema.merchantSettings).where(eq(schema.merchantSettings.merchantId, input.merchantId));
    const ares = performThreeDsLookup({
      pan: vault.open(token.panSealed, "pan"),
      brand: token.brand,
      amount: input.amount,
      currency: input.currency,
      policy: {
        threeDsPolicy: settings?.threeDsPolicy ?? "issuer",
        threshold: settings?.threeDsThreshold ?? null,
        thresholdCurrency: settings?.threeDsThresholdCurrency ?? null,
      },
      acsUrl: input.threeDs.acsUrl,
    });

    const now = clock.now();
    const base = {
      id: createId("tx"),
      merchantId: input.merchantId,
      mode: input.mode,
      paymentRequestId: input.paymentRequestId,
      cardTokenId: token.id,
      amount: input.amount,
      currency: input.currency,
      captureMode: input.captureMode,
      merchantReference: input.merchantReference,
      customerEmail: input.customerEmail,
      brand: token.brand,
      bin: token.bin,
      last4: token.last4,
      expMonth: token.expMonth,
      expYear: token.expYear,
      fingerprint: token.fingerprint,
      createdAt: now,
      updatedAt: now,
    };

    if (ares.transStatus === "C") {
      const transaction = await changeTransactionStatus(db, clock, { pending: base }, "requires_action", {
        actionExpiresAt: new Date(now.getTime() + CHALLENGE_TIMEOUT_MS),
      });
      const challenge = await startThreeDsChallenge(
        { db, clock },
        {
          ares,
          transactionId: transaction.id,
          challengeWindowSize: input.threeDs.challengeWindowSize,
          notificationUrl: input.threeDs.notificationUrl,
        },
      );
      return { kind: "challenge", transaction, challenge };
    }

    const threeDs = threeDsResultFromARes(ares);
    if (ares.transStatus === "N" || ares.transStatus === "R") {
      return {
        kind: "completed",
        transaction: await changeTransactionStatus(db, clock, { pending: base }, "authentication_failed", {
          threeDs: threeDs as unknown as Record<string, unknown>,
        }),
      };
    }
    return { kind: "completed", transaction: await authorizeCardPayment({ ...deps, db }, { pending: base }, threeDs) };
  });
}
