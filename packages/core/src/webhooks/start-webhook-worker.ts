import {
  deliverDueWebhooks,
  type DeliverDueWebhooksDeps,
  type DeliverDueWebhooksOptions,
} from "./deliver-due-webhooks";

export interface WebhookWorker {
  /** Stops polling and waits for the run in progress, if any. */
  stop(): Promise<void>;
}

/**
 * Polls the outbox every `intervalMs`, and at once again while runs come back
 * full (a backlog drains at full speed). Any number of instances may run one:
 * claims are row locks. The timers are unref'd so they never keep a process
 * alive, and no error escapes: a failed run is logged and the next one retries.
 */
export function startWebhookWorker(
  deps: DeliverDueWebhooksDeps,
  { intervalMs = 1000, ...options }: DeliverDueWebhooksOptions & { intervalMs?: number } = {},
): WebhookWorker {
  const batchSize = options.batchSize ?? 20;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;

  const schedule = (delayMs: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick().finally(() => {
        running = undefined;
      });
    }, delayMs);
    timer.unref?.();
  };

  const tick = async () => {
    let full = false;
    try {
      const result = await deliverDueWebhooks(deps, { ...options, batchSize });
      full = result.claimed >= batchSize;
    } catch (error) {
      deps.logger?.error({ err: error }, "webhook worker run failed");
    }
    schedule(full ? 0 : intervalMs);
  };

  schedule(0);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
