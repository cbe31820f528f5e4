/** The test clock operations of the API registry (aggregated in app/api/_openapi/operations.ts). */
import type { ApiOperation } from "@/app/api/_openapi/api-operation";
import { testClockView } from "@jeton/core";
import { advanceTestClockBody } from "./[id]/advance/schema";
import { createTestClockBody } from "./schema";

const testClockExample = {
  id: "clk_Vb3Nm5Qw7Er9Ty1Ui2Op4a",
  object: "test_clock",
  name: "annual plan",
  frozenTime: "2027-01-31T10:00:00.000Z",
  status: "ready",
  advancingTo: null,
  mode: "test",
  createdAt: "2026-01-01T10:00:00.000Z",
};

export const testClockOperations: readonly ApiOperation[] = [
  {
    method: "POST",
    path: "/api/v1/test-clocks",
    operationId: "createTestClock",
    tag: "Test clocks",
    summary: "Create a test clock (test mode only)",
    description: "Customers created with `testClockId` live at the clock's time: their subscriptions, instalments and delayed captures run when the clock is advanced.",
    auth: "secret",
    idempotent: true,
    body: createTestClockBody,
    bodyExample: { frozenTime: "2027-01-31T10:00:00Z", name: "annual plan" },
    response: { status: 201, description: "The clock, `ready`.", schema: testClockView, example: testClockExample },
    errors: ["test_mode_only"],
  },
  {
    method: "GET",
    path: "/api/v1/test-clocks/{id}",
    operationId: "getTestClock",
    tag: "Test clocks",
    summary: "Read a test clock: its time, and `advancing` or `ready`",
    auth: "secret",
    response: { status: 200, description: "The clock.", schema: testClockView, example: testClockExample },
    errors: ["resource_not_found"],
  },
  {
    method: "POST",
    path: "/api/v1/test-clocks/{id}/advance",
    operationId: "advanceTestClock",
    tag: "Test clocks",
    summary: "Move a test clock forward: answers `advancing` at once, then the clock runs everything that falls due, in date order",
    description:
      "Answers at once with the clock `advancing` (and `advancingTo`); the platform's background worker then runs every charge, retry, delayed capture and expiry " +
      "(payment requests, 3-D Secure challenges, risk reviews) of the clock's customers that falls due before `to`, each at its own date, and the clock turns `ready` at `to`. " +
      "Poll `GET /api/v1/test-clocks/{id}` until `ready` (the SDK's `testClocks.advanceAndWait` does). Advancing a clock that is still advancing answers `test_clock_advancing`. " +
      "Work that cannot run (an acquirer that does not answer a capture) stops the clock at that date, `ready`: advance again to retry it.",
    auth: "secret",
    idempotent: true,
    body: advanceTestClockBody,
    bodyExample: { to: "2027-12-31T12:00:00Z" },
    response: {
      status: 200,
      description: "The clock, `advancing` towards `to`.",
      schema: testClockView,
      example: { ...testClockExample, status: "advancing", advancingTo: "2027-12-31T12:00:00.000Z" },
    },
    errors: ["resource_not_found", "test_mode_only", "test_clock_advancing", "acquirer_unavailable", "live_mode_unavailable", "invalid_state_transition"],
  },
];
