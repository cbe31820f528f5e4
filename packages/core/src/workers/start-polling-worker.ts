export interface PollingWorker {
  /** Stops polling and waits for the run in progress, if any. */
  stop(): Promise<void>;
}

/** What a polling worker logs a failed run through; pino's Logger fits. */
export interface PollingWorkerLogger {
  error(details: Record<string, unknown>, message: string): void;
}

export interface StartPollingWorkerInput {
  /** One run; resolves true when it came back full (more work is likely waiting). */
  run: () => Promise<boolean>;
  /** The pause after a run that was not full, or failed. */
  intervalMs: number;
  logger?: PollingWorkerLogger | undefined;
  /** Logged with `{ err }` when a run throws. */
  failureMessage: string;
}

/**
 * Runs `run` at once, then every `intervalMs`, and again at once while runs
 * come back full (a backlog drains at full speed). The timers are unref'd so
 * they never keep a process alive, and no error escapes: a failed run is
 * logged and the next one retries.
 */
export function startPollingWorker({ run, intervalMs, logger, failureMessage }: StartPollingWorkerInput): PollingWorker {
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
      full = await run();
    } catch (error) {
      logger?.error({ err: error }, failureMessage);
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
