import { purgeExpiredCvcs, purgeRateLimitCounters } from "@jeton/core";
import { getContext } from "./context";

const PURGE_EVERY_MS = 60_000;

/**
 * Runs at server start: migrations (through getContext) and a minute timer
 * that erases CVCs of expired tokens and stale rate-limit counters. Any
 * number of instances may run it; the statements are idempotent.
 */
export async function startBackgroundWork(): Promise<void> {
  const context = await getContext();
  const purge = async () => {
    try {
      const cvcsErased = await purgeExpiredCvcs(context);
      const countersDropped = await purgeRateLimitCounters(context);
      if (cvcsErased > 0) context.logger.info({ cvcsErased, countersDropped }, "purged expired card data");
    } catch (error) {
      context.logger.error({ err: error }, "purge failed");
    }
  };
  await purge();
  setInterval(purge, PURGE_EVERY_MS).unref();
}
