import { type Database, schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import type { Acquirer } from "../acquirer/acquirer";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { createId } from "../ids/create-id";
import type { Mode } from "../merchants/create-api-key";
import { performThreeDsLookup } from "../three-ds/perform-three-ds-lookup";
import { startThreeDsChallenge } from "../three-ds/start-three-ds-challenge";
import { threeDsResultFromARes, type ChallengeWindowSize } from "../three-ds/three-ds-result";
import { isCardBlacklisted } from "../risk/is-card-blacklisted";
import { consumeCardToken } from "../tokens/consume-card-token";
import type { Vault } from "../vault/create-vault";
import { authorizeCardPayment } from "./authorize-card-payment";
import { blockCardPayment } from "./block-card-payment";
import { changeTransactionStatus } from "./change-transaction-status";
import { createClientSecret } from "./client-secret";
import { resolvePaymentSource, type PaymentSource } from "./resolve-payment-source";

type Row = typeof schema.transactions.$inferSelect;

export interface StartCardPaymentInput {
  merchantId: string;
  mode: Mode;
  /** The card to charge (see PaymentSource); a card token is consumed by the authorization. */
  source: PaymentSource;
  /** `merchant`: a recurring charge of stored credentials without the shopper, so without 3-D Secure (MIT exemption). */
  initiatedBy?: "customer" | "merchant" | undefined;
  /** `api`: created by the merchant's server; a challenge then gets a client secret for token.js. */
  channel?: "hosted" | "api" | undefined;
  amount: number;
  currency: string;
  captureMode: "automatic" | "manual";
  merchantReference: string | null;
  customerEmail: string | null;
  paymentRequestId: string | null;
  threeDs: { challengeWindowSize: ChallengeWindowSize; notificationUrl: string; acsUrl: string };
}

export type StartCardPaymentResult =
  | {
      kind: "challenge";
      transaction: Row;
      challenge: { creq: string; acsUrl: string; windowSize: { width: number | "100%"; height: number | "100%" } };
      /** For the `api` channel: shown once, only its hash is kept. */
      clientSecret: string | null;
    }
  | { kind: "completed"; transaction: Row };

/** A challenge left unanswered becomes `expired` after this (SPEC §4). */
const CHALLENGE_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * One card payment: the merchant's risk rules (the card blacklist), then
 * 3-D Secure per the card and the merchant's policy, then authorization
 * (and automatic capture). A blacklisted card is recorded as `blocked`
 * without asking the issuer or the acquirer anything. When the issuer wants
 * a challenge, the transaction waits in `requires_action` (a card token is reserved for
 * it, its CVC kept until the authorization), and
 * completeCardPaymentChallenge finishes it. A merchant-initiated charge
 * skips 3-D Secure: there is no shopper to authenticate. Everything commits
 * together, events included.
 */
export async function startCardPayment(
  deps: { db: Database; vault: Vault; clock: Clock; acquirer: Acquirer },
  input: StartCardPaymentInput,
): Promise<StartCardPaymentResult> {
  return deps.db.transaction(async (db) => {
    const { clock } = deps;
    const card = await resolvePaymentSource({ ...deps, db }, { merchantId: input.merchantId, mode: input.mode, source: input.source });
    const initiatedBy = input.initiatedBy ?? "customer";
    if (initiatedBy === "merchant" && !card.columns.storedCredential) {
      throw new AppError("parameter_invalid", "Only a saved card or a duplicate can be charged by the merchant alone.", { param: "initiatedBy" });
    }

    const now = clock.now();
    const id = createId("tx");
    const base = {
      id,
      merchantId: input.merchantId,
      mode: input.mode,
      paymentRequestId: input.paymentRequestId,
      ...card.columns,
      initiatedBy,
      channel: input.channel ?? "hosted",
      amount: input.amount,
      currency: input.currency,
      captureMode: input.captureMode,
      merchantReference: input.merchantReference,
      customerEmail: input.customerEmail,
      createdAt: now,
      updatedAt: now,
    };

    // Before anything leaves for the issuer or the acquirer, merchant-initiated charges included.
    const blacklisted = await isCardBlacklisted({ db }, { merchantId: input.merchantId, fingerprint: card.columns.fingerprint });
    if (blacklisted) return { kind: "completed", transaction: await blockCardPayment({ ...deps, db }, { pending: base }, blacklisted) };

    if (initiatedBy === "merchant") {
      return { kind: "completed", transaction: await authorizeCardPayment({ ...deps, db }, { pending: base }, null) };
    }
    const tokenId = card.columns.storedCredential ? null : card.columns.cardTokenId;

    const [settings] = await db.select().from(schema.merchantSettings).where(eq(schema.merchantSettings.merchantId, input.merchantId));
    const ares = performThreeDsLookup({
      pan: card.pan,
      brand: card.columns.brand,
      amount: input.amount,
      currency: input.currency,
      policy: {
        threeDsPolicy: settings?.threeDsPolicy ?? "issuer",
        threshold: settings?.threeDsThreshold ?? null,
        thresholdCurrency: settings?.threeDsThresholdCurrency ?? null,
      },
      acsUrl: input.threeDs.acsUrl,
    });

    if (ares.transStatus === "C") {
      const secret = base.channel === "api" ? createClientSecret(deps.vault, id) : null;
      const transaction = await changeTransactionStatus(db, clock, { pending: base }, "requires_action", {
        actionExpiresAt: new Date(now.getTime() + CHALLENGE_TIMEOUT_MS),
        clientSecretHash: secret?.hash ?? null,
      });
      // Reserved for this payment: used, but its CVC kept for the authorization after the challenge.
      if (tokenId) await db.update(schema.cardTokens).set({ usedAt: now }).where(eq(schema.cardTokens.id, tokenId));
      const challenge = await startThreeDsChallenge(
        { db, clock },
        {
          ares,
          transactionId: transaction.id,
          challengeWindowSize: input.threeDs.challengeWindowSize,
          notificationUrl: input.threeDs.notificationUrl,
        },
      );
      return { kind: "challenge", transaction, challenge, clientSecret: secret?.clientSecret ?? null };
    }

    const threeDs = threeDsResultFromARes(ares);
    if (ares.transStatus === "N" || ares.transStatus === "R") {
      // Single use even when the issuer refuses outright: the token and its CVC are done with.
      if (tokenId) await consumeCardToken({ ...deps, db }, { merchantId: input.merchantId, mode: input.mode, cardTokenId: tokenId });
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
