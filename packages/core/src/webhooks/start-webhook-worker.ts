import { startPollingWorker, type PollingWorker } from "../workers/start-polling-worker";
import {
  deliverDueWebhooks,
  type DeliverDueWebhooksDeps,
  type DeliverDueWebhooksOptions,
} from "./deliver-due-webhooks";

export type WebhookWorker = PollingWorker;

/**
 * Polls the outbox every `intervalMs`, and at once again while runs come back
 * full (a backlog drains at full speed). Any number of instances may run one:
 * claims are row locks. See startPollingWorker: timers are unref'd and a
 * failed run is logged, the next one retries.
 */
export function startWebhookWorker(
  deps: DeliverDueWebhooksDeps,
  { intervalMs = 1000, ...options }: DeliverDueWebhooksOptions & { intervalMs?: number } = {},
): WebhookWorker {
  const batchSize = options.batchSize ?? 20;
  return startPollingWorker({
    run: async () => (await deliverDueWebhooks(deps, { ...options, batchSize })).claimed >= batchSize,
    intervalMs,
    logger: deps.logger,
    failureMessage: "webhook worker run failed",
  });
}
