import { type Database, schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import { acquirerFor, type AcquirerRegistry } from "../acquirer/acquirer-registry";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { createId } from "../ids/create-id";
import type { Mode } from "../merchants/create-api-key";
import { performThreeDsLookup } from "../three-ds/perform-three-ds-lookup";
import { startThreeDsChallenge } from "../three-ds/start-three-ds-challenge";
import { threeDsResultFromARes, type ChallengeWindowSize } from "../three-ds/three-ds-result";
import { isCardBlacklisted } from "../risk/is-card-blacklisted";
import { assessPaymentRisk, type RiskAssessment } from "../risk/assess-payment-risk";
import { gatherRiskSignals, type RiskAttemptFacts } from "../risk/gather-risk-signals";
import { blacklistRisk, toStoredTransactionRisk } from "../risk/risk-assessment-view";
import { riskSettingsOf, type RiskDeps } from "../risk/risk-settings";
import type { ThreeDsSignal } from "../risk/evaluate-risk-rules";
import { spendCardToken } from "../tokens/consume-card-token";
import type { PlatformUrls } from "../urls/platform-urls";
import type { Vault } from "../vault/create-vault";
import { authorizeCardPayment } from "./authorize-card-payment";
import { blockCardPayment } from "./block-card-payment";
import { changeTransactionStatus } from "../transactions/change-transaction-status";
import { createClientSecret } from "../transactions/client-secret";
import { resolvePaymentSource, type PaymentSource, type ResolvedPaymentCard } from "./resolve-payment-source";

type Row = typeof schema.transactions.$inferSelect;

/** The columns a scheduler charge adds to its transaction. */
export type RecurringColumns = Pick<
  typeof schema.transactions.$inferInsert,
  "subscriptionId" | "installmentPlanId" | "billingPeriod" | "recurringAttemptKey" | "initialTransactionId"
>;

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
  captureMode: "automatic" | "manual" | "delayed";
  /** With `captureMode: "delayed"`: captured automatically this many days (1–7) after the payment. */
  captureDelayDays?: number | undefined;
  /** Scheduler charges: what the transaction pays for (subscription or plan, period) and its attempt key. */
  recurring?: RecurringColumns | undefined;
  merchantReference: string | null;
  description?: string | null | undefined;
  metadata?: Record<string, string> | undefined;
  customerEmail: string | null;
  paymentRequestId: string | null;
  /**
   * The shopper's address and device session, for the risk rules: the hosted page knows them; for a
   * card token they default to the address that tokenized it (token.js in the shopper's browser).
   */
  shopper?: { ip: string | null; deviceSession: string | null } | undefined;
  /** The window the bank's page gets, and where the ACS posts its final CRes. */
  /** `notificationUrl`: where the bank sends the shopper back, or how to build it from the new transaction's id. */
  threeDs: { challengeWindowSize: ChallengeWindowSize; notificationUrl: string | ((transactionId: string) => string) };
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

/**
 * Stored-credential rules for a charge without the shopper: a saved card
 * (not the bare card of an earlier payment), with the shopper's consent
 * recorded on it, and a first payment the shopper made with it.
 */
function assertMerchantMayInitiate(savedCard: ResolvedPaymentCard["savedCard"]): void {
  const refuse = (why: string) => new AppError("merchant_initiated_not_allowed", why, { param: "initiatedBy" });
  if (!savedCard) throw refuse("Only a card saved with the shopper's consent can be charged by the merchant alone; this payment's card was never saved.");
  if (!savedCard.consentObtainedAt) throw refuse("No consent of the shopper to merchant-initiated charges is recorded on this card.");
  if (!savedCard.initialTransactionId) {
    throw refuse("The shopper has not paid with this card yet: the first payment with a saved card is customer-initiated (initiatedBy: \"customer\").");
  }
}

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
  deps: { db: Database; vault: Vault; clock: Clock; acquirers: AcquirerRegistry; urls: PlatformUrls } & RiskDeps,
  input: StartCardPaymentInput,
): Promise<StartCardPaymentResult> {
  return deps.db.transaction(async (db) => {
    const { clock } = deps;
    // The token is locked and checked once here; every outcome below spends that same row.
    const card = await resolvePaymentSource({ ...deps, db }, { merchantId: input.merchantId, mode: input.mode, source: input.source });
    // Unknown ids answer 404 first; then a mode without an acquirer (live, until one is configured)
    // refuses, and the rollback leaves the token as it was: nothing is spent or recorded.
    const acquirer = acquirerFor(deps.acquirers, input.mode);
    const initiatedBy = input.initiatedBy ?? "customer";
    if (initiatedBy === "merchant" && !card.columns.storedCredential) {
      throw new AppError("parameter_invalid", "Only a saved card or a duplicate can be charged by the merchant alone.", { param: "initiatedBy" });
    }
    if (initiatedBy === "merchant") assertMerchantMayInitiate(card.savedCard);
    // A merchant-initiated charge names the customer-initiated payment its stored credential follows.
    const initialTransactionId = initiatedBy === "merchant" ? (input.recurring?.initialTransactionId ?? card.savedCard?.initialTransactionId ?? null) : null;

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
      description: input.description ?? null,
      metadata: input.metadata ?? {},
      customerEmail: input.customerEmail,
      createdAt: now,
      updatedAt: now,
      autoCaptureAt: input.captureMode === "delayed" ? new Date(now.getTime() + (input.captureDelayDays ?? 1) * 24 * 60 * 60 * 1000) : null,
      ...input.recurring,
      initialTransactionId,
    };

    const riskSettings = riskSettingsOf(deps);
    const riskFacts: RiskAttemptFacts = {
      merchantId: input.merchantId,
      mode: input.mode,
      transactionId: id,
      stage: "authorization",
      card: { fingerprint: card.columns.fingerprint, brand: card.columns.brand, bin: card.columns.bin, last4: card.columns.last4, pan: card.pan },
      amount: input.amount,
      currency: input.currency,
      ip: input.shopper?.ip ?? card.token?.clientIp ?? null,
      email: input.customerEmail,
      customerId: card.columns.customerId,
      deviceSession: input.shopper?.deviceSession ?? null,
      paymentRequestId: input.paymentRequestId,
    };
    // Before anything leaves for the issuer or the acquirer, merchant-initiated charges included. The
    // merchant's 3-D Secure settings and the risk engine's counters and lookups (which need nothing
    // decided below) are sent together, whether needed or not: pipelined in the transaction, or the
    // counters on their own pool at the same time (RiskDeps.asyncCommitDb). The engine then costs the payment
    // one round trip, its assessment's insert. A blacklisted card's attempt counts too.
    const [blacklisted, [settings], riskSignals] = await Promise.all([
      isCardBlacklisted({ db }, { merchantId: input.merchantId, fingerprint: card.columns.fingerprint }),
      db.select().from(schema.merchantSettings).where(eq(schema.merchantSettings.merchantId, input.merchantId)),
      riskSettings.enabled ? gatherRiskSignals({ db, counterDb: deps.asyncCommitDb, clock }, riskFacts) : null,
    ]);
    if (blacklisted) {
      return { kind: "completed", transaction: await blockCardPayment({ ...deps, db }, { pending: base }, blacklistRisk(blacklisted, now), {}, card.token) };
    }

    const assess = async (threeDs: ThreeDsSignal): Promise<RiskAssessment | null> =>
      riskSignals ? assessPaymentRisk({ db, clock, config: { risk: riskSettings } }, { ...riskFacts, threeDs }, riskSignals) : null;
    const holdUntil = () => new Date(now.getTime() + riskSettings.reviewExpiryHours * 3_600_000);
    const riskOf = (assessment: RiskAssessment | null, review = assessment?.outcome === "review") =>
      assessment ? { stored: toStoredTransactionRisk(assessment) as unknown as Record<string, unknown>, holdUntil: review ? holdUntil() : null } : undefined;
    const block = async (assessment: RiskAssessment, changes = {}) =>
      ({ kind: "completed", transaction: await blockCardPayment({ ...deps, db }, { pending: base }, toStoredTransactionRisk(assessment), changes, card.token) }) as const;

    if (initiatedBy === "merchant") {
      const assessment = await assess({ state: "not_performed" });
      if (assessment?.outcome === "block") return block(assessment);
      // No shopper to authenticate: a rule asking for 3-D Secure holds the charge for review instead.
      const review = assessment?.outcome === "review" || assessment?.outcome === "require_3ds";
      return { kind: "completed", transaction: await authorizeCardPayment({ ...deps, db }, { pending: base }, null, card.token, riskOf(assessment, review)) };
    }
    const tokenId = card.columns.storedCredential ? null : card.columns.cardTokenId;

    // The 3-D Secure directory and ACS below are simulated: they serve only payments that the simulated
    // acquirer authorizes, which is test mode only (the registry never puts the simulator under live).
    // A real connector brings a real 3DS server (docs/architecture.md, Acquirers).
    if (acquirer.name !== "simulator") {
      throw new AppError("live_mode_unavailable", `No 3-D Secure server is connected for the ${acquirer.name} acquirer; customer-initiated payments are off in ${input.mode} mode.`);
    }
    const lookup = (forceChallenge: boolean) =>
      performThreeDsLookup({
        pan: card.pan,
        brand: card.columns.brand,
        amount: input.amount,
        currency: input.currency,
        policy: forceChallenge
          ? { threeDsPolicy: "always", threshold: null, thresholdCurrency: null }
          : {
              threeDsPolicy: settings?.threeDsPolicy ?? "issuer",
              threshold: settings?.threeDsThreshold ?? null,
              thresholdCurrency: settings?.threeDsThresholdCurrency ?? null,
            },
        acsUrl: deps.urls.acsUrl,
      });
    let ares = lookup(false);
    // The rules see the frictionless outcome (liability shift or not); a challenge is still to come.
    const frictionless = ares.transStatus === "C" ? null : threeDsResultFromARes(ares);
    const assessment = await assess(frictionless ? { state: "done", transStatus: frictionless.transStatus, liabilityShift: frictionless.liabilityShift } : { state: "pending" });
    if (assessment?.outcome === "block") return block(assessment);
    // A rule asking for 3-D Secure turns a frictionless approval into a challenge (the policy "always" path).
    if (assessment?.outcome === "require_3ds" && ares.transStatus !== "C") ares = lookup(true);

    if (ares.transStatus === "C") {
      const secret = base.channel === "api" ? createClientSecret(deps.vault, id) : null;
      const transaction = await changeTransactionStatus(db, clock, { pending: base }, "requires_action", {
        actionExpiresAt: new Date(now.getTime() + CHALLENGE_TIMEOUT_MS),
        clientSecretHash: secret?.hash ?? null,
        // Read again when the challenge completes: a `review` decided now still holds the capture then.
        ...(assessment ? { risk: toStoredTransactionRisk(assessment) as unknown as Record<string, unknown> } : {}),
      });
      // Reserved for this payment: used, but its CVC kept for the authorization after the challenge.
      if (tokenId) await db.update(schema.cardTokens).set({ usedAt: now }).where(eq(schema.cardTokens.id, tokenId));
      const challenge = await startThreeDsChallenge(
        { db, clock },
        {
          ares,
          transactionId: transaction.id,
          challengeWindowSize: input.threeDs.challengeWindowSize,
          notificationUrl:
            typeof input.threeDs.notificationUrl === "function" ? input.threeDs.notificationUrl(transaction.id) : input.threeDs.notificationUrl,
        },
      );
      return { kind: "challenge", transaction, challenge, clientSecret: secret?.clientSecret ?? null };
    }

    const threeDs = threeDsResultFromARes(ares);
    if (ares.transStatus === "N" || ares.transStatus === "R") {
      // Single use even when the issuer refuses outright: the token and its CVC are done with.
      if (card.token) await spendCardToken({ ...deps, db }, card.token);
      return {
        kind: "completed",
        transaction: await changeTransactionStatus(db, clock, { pending: base }, "authentication_failed", {
          threeDs: threeDs as unknown as Record<string, unknown>,
          ...(assessment ? { risk: toStoredTransactionRisk(assessment) as unknown as Record<string, unknown> } : {}),
        }),
      };
    }
    return { kind: "completed", transaction: await authorizeCardPayment({ ...deps, db }, { pending: base }, threeDs, card.token, riskOf(assessment)) };
  });
}
