import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startPollingWorker } from "./start-polling-worker";

const intervalMs = 1000;

/** A run that answers `results` in turn (true: full), then not full. */
function runAnswering(...results: Array<boolean | Error>) {
  return vi.fn(async () => {
    const next = results.shift() ?? false;
    if (next instanceof Error) throw next;
    return next;
  });
}

describe("startPollingWorker", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("runs at once, again at once while runs come back full, then waits intervalMs", async () => {
    const run = runAnswering(true, true, false, false);
    const worker = startPollingWorker({ run, intervalMs, failureMessage: "run failed" });
    expect(run).not.toHaveBeenCalled(); // the first run is on a timer, not inside the call
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(1);
    // "At once" is a 0 ms timer; fake timers fire one set during a tick 1 ms later.
    await vi.advanceTimersByTimeAsync(10);
    expect(run).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(intervalMs - 20);
    expect(run).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(20);
    expect(run).toHaveBeenCalledTimes(4);
    await vi.advanceTimersByTimeAsync(intervalMs);
    expect(run).toHaveBeenCalledTimes(5);
    await worker.stop();
  });

  it("logs a failed run and tries again after intervalMs", async () => {
    const failure = new Error("database unreachable");
    const run = runAnswering(failure, true, false);
    const logger = { error: vi.fn() };
    const worker = startPollingWorker({ run, intervalMs, logger, failureMessage: "run failed" });
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(1);
    expect(logger.error).toHaveBeenCalledExactlyOnceWith({ err: failure }, "run failed");
    await vi.advanceTimersByTimeAsync(intervalMs - 1);
    expect(run).toHaveBeenCalledTimes(1); // a failure is not a full run: no retry at once
    await vi.advanceTimersByTimeAsync(10);
    expect(run).toHaveBeenCalledTimes(3); // the loop goes on: full, then at once again
    expect(logger.error).toHaveBeenCalledTimes(1);
    await worker.stop();
  });

  it("keeps going without a logger", async () => {
    const run = runAnswering(new Error("boom"));
    const worker = startPollingWorker({ run, intervalMs, failureMessage: "run failed" });
    await vi.advanceTimersByTimeAsync(intervalMs);
    expect(run).toHaveBeenCalledTimes(2);
    await worker.stop();
  });

  it("stop() waits for the run in progress, and nothing runs after it", async () => {
    let finish: (full: boolean) => void = () => {};
    const run = vi.fn(() => new Promise<boolean>((resolve) => (finish = resolve)));
    const worker = startPollingWorker({ run, intervalMs, failureMessage: "run failed" });
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(1);
    let stopped = false;
    const stopping = worker.stop().then(() => {
      stopped = true;
    });
    await vi.advanceTimersByTimeAsync(10 * intervalMs);
    expect(stopped).toBe(false);
    finish(true); // a full run would reschedule at once, were the worker not stopped
    await stopping;
    expect(stopped).toBe(true);
    await vi.advanceTimersByTimeAsync(10 * intervalMs);
    expect(run).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("stop() between runs clears the pending timer", async () => {
    const run = runAnswering(false);
    const worker = startPollingWorker({ run, intervalMs, failureMessage: "run failed" });
    await vi.advanceTimersByTimeAsync(0);
    expect(vi.getTimerCount()).toBe(1);
    await worker.stop();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(10 * intervalMs);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("stop() before the first run means no run at all", async () => {
    const run = runAnswering();
    await startPollingWorker({ run, intervalMs, failureMessage: "run failed" }).stop();
    await vi.advanceTimersByTimeAsync(10 * intervalMs);
    expect(run).not.toHaveBeenCalled();
  });
});
