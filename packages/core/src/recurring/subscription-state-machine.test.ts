import { describe, expect, it } from "vitest";
import { canTransitionSubscription } from "./subscription-state-machine";

describe("subscription state machine", () => {
  it("a past_due subscription recovers, pauses, cancels, or completes at its end (owed periods stay listed)", () => {
    for (const to of ["active", "paused", "canceled", "completed"] as const) expect(canTransitionSubscription("past_due", to)).toBe(true);
    expect(canTransitionSubscription("past_due", "trialing")).toBe(false);
  });

  it("canceled and completed are final", () => {
    expect(canTransitionSubscription("completed", "active")).toBe(false);
    expect(canTransitionSubscription("canceled", "canceled")).toBe(false);
    expect(canTransitionSubscription("completed", "past_due")).toBe(false);
  });
});
