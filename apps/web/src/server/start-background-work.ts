import { expirePaymentRequests, expirePendingChallenges, purgeCardData, purgeExpiredCvcs, purgeIdempotencyKeys, purgeRateLimitCounters, purgeSignInFailures, upgradeRecoveryCodeHashes } from "@jeton/core";
import { ensureSigningKey, purgeCardTestingRows, purgeRiskAssessments, raiseDeclineRateAlerts } from "@jeton/core";
import { queueDailyDigests, queueDueReminders, startMessageWorker, startWebhookWorker } from "@jeton/core";
import { expireOpenReviews, preloadIpCountries } from "@jeton/core";
import { dailySettlementCutoff, runAdvancingTestClocks, runDueRecurringWork, settleTransactions } from "@jeton/core";
import { getContext } from "./context";

const PURGE_EVERY_MS = 60_000;
/** Challenges expire after 10 minutes, payment requests at their expiresAt; a sweep every 15 s keeps the lag small. */
const EXPIRE_CHALLENGES_EVERY_MS = 15_000;
/** Once today's cut-off has run, a check is one advisory lock and one indexed query: every minute is cheap. */
const SETTLEMENT_CHECK_EVERY_MS = 60_000;
/** The decline-rate sweep: one aggregate over the current window's transactions. */
const DECLINE_SPIKE_EVERY_MS = 60_000;
/** Subscription charges, dunning retries and delayed captures: due at an instant, run within this lag. */
const RECURRING_EVERY_MS = 30_000;
/** Advancing test clocks: a merchant (or a test) waits on `ready`, so the check is frequent; it reads one partial index. */
const TEST_CLOCKS_EVERY_MS = 1_000;

export interface BackgroundWork {
  /** Clears the timers and waits for the webhook sender's current batch. */
  stop(): Promise<void>;
}

// The platform server starts the work and keeps the handle to stop it; Next's instrumentation
// (same process, another bundle) then finds it running. One per process either way.
const globalKey = Symbol.for("jeton.web.backgroundWork");
type GlobalWithWork = typeof globalThis & { [globalKey]?: Promise<BackgroundWork> };

/**
 * Runs at server start: migrations (through getContext) and a minute timer
 * that erases CVCs of expired tokens and stale rate-limit counters. Any
 * number of instances may run it; the statements are idempotent.
 */
export function startBackgroundWork(): Promise<BackgroundWork> {
  const g = globalThis as GlobalWithWork;
  g[globalKey] ??= start();
  return g[globalKey];
}

async function start(): Promise<BackgroundWork> {
  const timers: ReturnType<typeof setInterval>[] = [];
  const running = new Set<Promise<void>>();
  // A sweep still running at shutdown is awaited before the database pool closes.
  const track = (task: () => Promise<void>) => {
    const run = task().finally(() => running.delete(run));
    running.add(run);
  };
  const every = (task: () => Promise<void>, ms: number) => timers.push(setInterval(() => track(task), ms).unref());
  const context = await getContext();
  await ensureSigningKey(context); // the first return token must not wait for key generation
  preloadIpCountries(); // the IP-to-country ranges, read once (about a second), before the first payment needs them
  const upgraded = await upgradeRecoveryCodeHashes(context); // plain SHA-256 recovery codes of older versions become keyed
  if (upgraded > 0) context.logger.info({ upgraded }, "recovery codes re-hashed under the server key");
  const purge = async () => {
    try {
      const cvcsErased = await purgeExpiredCvcs(context);
      // PANs of tokens never saved as a card: unused and expired, or used and past the retention window.
      const pansDestroyed = await purgeCardData(context, { retentionDays: context.config.cardRetentionDays });
      const countersDropped = await purgeRateLimitCounters(context);
      await purgeIdempotencyKeys(context);
      await purgeSignInFailures(context);
      await purgeCardTestingRows(context); // card-testing and risk velocity counters past their window
      const assessmentsDropped = await purgeRiskAssessments(context, { retentionDays: context.config.risk.assessmentRetentionDays });
      if (assessmentsDropped > 0) context.logger.info({ assessmentsDropped }, "purged risk assessments past their retention");
      if (cvcsErased > 0 || pansDestroyed > 0) context.logger.info({ cvcsErased, pansDestroyed, countersDropped }, "purged expired card data");
    } catch (error) {
      context.logger.error({ err: error }, "purge failed");
    }
  };
  await purge();
  every(purge, PURGE_EVERY_MS);
  const expireChallenges = async () => {
    try {
      const expired = await expirePendingChallenges(context);
      if (expired.length > 0) context.logger.info({ expired: expired.map((t) => t.id) }, "expired unanswered 3-D Secure challenges");
      // After the challenges: a request whose last challenge just expired can expire in the same sweep.
      const requests = await expirePaymentRequests(context);
      if (requests.length > 0) context.logger.info({ expired: requests.map((r) => r.id) }, "expired unpaid payment requests");
      // Risk reviews nobody decided in JETON_RISK_REVIEW_HOURS: rejected (authorization canceled), docs/risk.md.
      const reviews = await expireOpenReviews(context);
      if (reviews.length > 0) context.logger.info({ expired: reviews.map((t) => t.id) }, "expired open risk reviews");
    } catch (error) {
      context.logger.error({ err: error }, "challenge expiry failed");
    }
  };
  every(expireChallenges, EXPIRE_CHALLENGES_EVERY_MS);
  // Card-testing defence: a merchant whose decline rate spikes gets an alert and a `merchant.decline_rate_spike`
  // event, once per window (a unique index; any instance may run the sweep).
  const declineSpikes = async () => {
    try {
      const raised = await raiseDeclineRateAlerts(context, context.config.declineSpike);
      if (raised > 0) context.logger.warn({ raised }, "decline-rate spike alerts raised");
    } catch (error) {
      context.logger.error({ err: error }, "decline-rate sweep failed");
    }
  };
  every(declineSpikes, DECLINE_SPIKE_EVERY_MS);
  // The daily settlement cut-off (JETON_SETTLEMENT_HOUR, UTC): every instance checks; the settlements
  // table says whether the latest cut-off has run, so it runs once, and after downtime it catches up.
  const settle = async () => {
    try {
      const cutoffAt = dailySettlementCutoff(context.clock.now(), context.config.settlementHourUtc);
      const run = await settleTransactions(context, { cutoffAt });
      if (!run.alreadyRun || run.settled > 0) context.logger.info({ settlement: run.settlement, settled: run.settled }, "settlement cut-off ran");
    } catch (error) {
      context.logger.error({ err: error }, "settlement cut-off failed");
    }
  };
  track(settle);
  every(settle, SETTLEMENT_CHECK_EVERY_MS);
  // Recurring payments (subscriptions, instalments, retries, delayed captures): the outbox pattern
  // again, not a job library. pg-boss and graphile-worker need a real PostgreSQL server (LISTEN/NOTIFY,
  // several connections, their own schema migrations) and do not run on the embedded PGlite; the queue
  // is the recurring_charges table itself: every instance sweeps it, FOR UPDATE SKIP LOCKED keeps each
  // charge to one instance, and a unique (subscription, period) keeps each period to one charge.
  const recurring = async () => {
    try {
      const run = await runDueRecurringWork({ ...context, logger: context.logger });
      if (run.found > 0) context.logger.info({ ran: run.ran }, "recurring work ran");
    } catch (error) {
      context.logger.error({ err: error }, "recurring sweep failed");
    }
  };
  track(recurring);
  every(recurring, RECURRING_EVERY_MS);
  // Test clocks asked to advance (a row state, so any instance picks it up, also after a restart): each step holds
  // the clock's row FOR UPDATE SKIP LOCKED, so two instances never run the same clock's work at once.
  let clocksBusy = false;
  const testClocks = async () => {
    if (clocksBusy) return; // one pass at a time in this process; a long advance is not re-entered every second
    clocksBusy = true;
    try {
      const run = await runAdvancingTestClocks({ ...context, logger: context.logger });
      if (run.clocks > 0) context.logger.info(run, "test clocks advanced");
    } catch (error) {
      context.logger.error({ err: error }, "test clock sweep failed");
    } finally {
      clocksBusy = false;
    }
  };
  every(testClocks, TEST_CLOCKS_EVERY_MS);
  // The webhook outbox: every instance polls it; row locks keep each delivery to one sender.
  const webhooks = startWebhookWorker(
    { db: context.db, vault: context.vault, clock: context.clock, logger: context.logger, webhookNetwork: context.webhookNetwork },
    { leaseMs: context.config.webhooks.leaseMs },
  );
  // The message outbox (emails, SMS): like webhooks, every instance polls and row locks keep each message to one sender.
  const messages = startMessageWorker({ db: context.db, clock: context.clock, urls: context.urls, transports: context.messageTransports, logger: context.logger });
  // Reminders and the daily digests: unique indexes make each reminder step and each digest queued once, whoever sweeps.
  const sweepMessages = async () => {
    try {
      const reminders = await queueDueReminders(context);
      const digests = await queueDailyDigests(context);
      if (reminders > 0 || digests > 0) context.logger.info({ reminders, digests }, "queued reminders and digests");
    } catch (error) {
      context.logger.error({ err: error }, "message sweep failed");
    }
  };
  track(sweepMessages);
  every(sweepMessages, PURGE_EVERY_MS);
  return {
    async stop() {
      for (const timer of timers) clearInterval(timer);
      await Promise.all([webhooks.stop(), messages.stop(), ...running]);
    },
  };
}
