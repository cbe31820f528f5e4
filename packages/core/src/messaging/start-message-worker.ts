import { deliverDueMessages, type DeliverDueMessagesDeps, type DeliverDueMessagesOptions } from "./deliver-due-messages";

export interface MessageWorker {
  /** Stops polling and waits for the run in progress, if any. */
  stop(): Promise<void>;
}

/**
 * Polls the message outbox every `intervalMs`, and again at once while runs
 * come back full. Any number of instances may run one (claims are row locks);
 * no error escapes, the next run retries.
 */
export function startMessageWorker(deps: DeliverDueMessagesDeps, { intervalMs = 1000, ...options }: DeliverDueMessagesOptions & { intervalMs?: number } = {}): MessageWorker {
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
      full = (await deliverDueMessages(deps, { ...options, batchSize })).claimed >= batchSize;
    } catch (error) {
      deps.logger?.error({ err: error }, "message worker run failed");
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
