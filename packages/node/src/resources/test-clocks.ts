import { segment, type IdempotentRequestOptions, type Requester } from "../request";
import type { AdvanceTestClockParams, CreateTestClockParams, TestClock } from "../types";

export interface AdvanceAndWaitOptions extends IdempotentRequestOptions {
  /** Between two reads of the clock (default 250 ms). */
  pollIntervalMs?: number;
  /** Gives up (throws) after this long without `ready` (default 120 s). */
  timeoutMs?: number;
}

export function testClocksResource(api: Requester) {
  const one = (id: string) => `/api/v1/test-clocks/${segment(id)}`;
  const retrieve = (id: string) => api.get<TestClock>(one(id));
  const advance = (id: string, params: AdvanceTestClockParams, options?: IdempotentRequestOptions) => api.post<TestClock>(`${one(id)}/advance`, params, options);
  return {
    /** Test mode only: customers created with its `testClockId` live at its time. */
    create: (params: CreateTestClockParams, options?: IdempotentRequestOptions) => api.post<TestClock>("/api/v1/test-clocks", params, options),
    retrieve,
    /**
     * Asks the clock to move to `to`; answers it `advancing` at once. The platform then runs every charge, retry,
     * capture and expiry that falls due, in date order, and the clock turns `ready` (see `advanceAndWait`).
     */
    advance,
    /** `advance`, then reads the clock until it is `ready` again; answers the ready clock. */
    advanceAndWait: async (id: string, params: AdvanceTestClockParams, { pollIntervalMs = 250, timeoutMs = 120_000, ...options }: AdvanceAndWaitOptions = {}): Promise<TestClock> => {
      let clock = await advance(id, params, options);
      const deadline = Date.now() + timeoutMs;
      while (clock.status !== "ready") {
        if (Date.now() > deadline) throw new Error(`Test clock ${id} is still ${clock.status} after ${timeoutMs} ms.`);
        await new Promise((resolve) => setTimeout(resolve, pollIntervalMs));
        clock = await retrieve(id);
      }
      return clock;
    },
  };
}
