import { settleTransactions } from "@jeton/core";
import { withPlatform } from "../open-platform";

/**
 * `jeton settle [--cutoff ISO]`: runs the settlement cut-off now (the
 * platform runs it daily at JETON_SETTLEMENT_HOUR). Captured transactions
 * captured before the cut-off become settled; running it again for a cut-off
 * already covered settles nothing new. Safe beside running instances.
 */
export async function settleCommand({ cutoff }: { cutoff?: string | undefined }): Promise<void> {
  let cutoffAt: Date | undefined;
  if (cutoff !== undefined) {
    // An instant with its offset, so that the cut-off never depends on the operator's time zone.
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(cutoff) || Number.isNaN(Date.parse(cutoff))) {
      throw new Error("--cutoff is an ISO 8601 instant with its offset, e.g. 2026-11-27T22:00:00Z");
    }
    cutoffAt = new Date(cutoff);
  }
  const run = await withPlatform((platform) => settleTransactions(platform, { cutoffAt }));
  process.stdout.write(`${JSON.stringify({ ...run.settlement, settledNow: run.settled, alreadyRun: run.alreadyRun })}\n`);
}
