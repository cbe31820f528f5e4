import { segment, type IdempotentRequestOptions, type Requester } from "../request";
import type { AdvanceTestClockParams, CreateTestClockParams, TestClock } from "../types";

export function testClocksResource(api: Requester) {
  const one = (id: string) => `/api/v1/test-clocks/${segment(id)}`;
  return {
    /** Test mode only: customers created with its `testClockId` live at its time. */
    create: (params: CreateTestClockParams, options?: IdempotentRequestOptions) => api.post<TestClock>("/api/v1/test-clocks", params, options),
    retrieve: (id: string) => api.get<TestClock>(one(id)),
    /** Moves the clock to `to`, running every charge, retry and delayed capture that falls due, in date order; answers it `ready`. */
    advance: (id: string, params: AdvanceTestClockParams, options?: IdempotentRequestOptions) => api.post<TestClock>(`${one(id)}/advance`, params, options),
  };
}
