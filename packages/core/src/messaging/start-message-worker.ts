import { startPollingWorker, type PollingWorker } from "../workers/start-polling-worker";
import { deliverDueMessages, type DeliverDueMessagesDeps, type DeliverDueMessagesOptions } from "./deliver-due-messages";

export type MessageWorker = PollingWorker;

/**
 * Polls the message outbox every `intervalMs`, and again at once while runs
 * come back full. Any number of instances may run one (claims are row locks);
 * no error escapes, the next run retries.
 */
export function startMessageWorker(deps: DeliverDueMessagesDeps, { intervalMs = 1000, ...options }: DeliverDueMessagesOptions & { intervalMs?: number } = {}): MessageWorker {
  const batchSize = options.batchSize ?? 20;
  return startPollingWorker({
    run: async () => (await deliverDueMessages(deps, { ...options, batchSize })).claimed >= batchSize,
    intervalMs,
    logger: deps.logger,
    failureMessage: "message worker run failed",
  });
}
