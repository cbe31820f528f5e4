import { deliverDueWebhooks, type WebhookLogger } from "@jeton/core";
import { withPlatform } from "../open-platform";

// Failures go to stderr so that stdout stays one JSON line for scripts.
const stderrLogger: WebhookLogger = {
  info() {},
  warn: (details, message) => process.stderr.write(`${JSON.stringify({ level: "warn", message, ...details })}\n`),
  error: (details, message) =>
    process.stderr.write(`${JSON.stringify({ level: "error", message, ...details, err: String(details.err ?? "") })}\n`),
};

/**
 * `jeton webhooks drain`: delivers every webhook due now and prints the
 * totals. A failed attempt is rescheduled (5 s later at the soonest), so the
 * drain ends; run it again to retry. Safe beside running platform instances.
 */
export async function drainWebhooksCommand(): Promise<void> {
  const totals = await withPlatform(async ({ db, vault, clock, webhookNetwork }) => {
    const sum = { attempted: 0, succeeded: 0, failed: 0 };
    for (;;) {
      const run = await deliverDueWebhooks({ db, vault, clock, webhookNetwork, logger: stderrLogger });
      if (run.claimed === 0) return sum;
      sum.attempted += run.attempted;
      sum.succeeded += run.succeeded;
      sum.failed += run.failed;
    }
  });
  process.stdout.write(`${JSON.stringify(totals)}\n`);
}
