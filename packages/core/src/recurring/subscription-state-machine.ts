import type { schema } from "@jeton/db";
import { AppError } from "../errors";

export type SubscriptionStatus = (typeof schema.subscriptionStatuses)[number];

/**
 * The one place that says which subscription status may follow which.
 * `new` is the subscription before it is stored.
 */
export const subscriptionTransitions: Record<SubscriptionStatus | "new", readonly SubscriptionStatus[]> = {
  new: ["trialing", "active"],
  // The first charge ends the trial; a failure after the retries makes it past_due.
  trialing: ["active", "past_due", "paused", "canceled", "completed"],
  active: ["past_due", "paused", "canceled", "completed"],
  // Recovered by a successful retry (card update) or a later period paid, or canceled after the last retry;
  // completed when its last cycle has passed (the periods still owed stay listed as failed).
  past_due: ["active", "paused", "canceled", "completed"],
  paused: ["active", "trialing", "canceled"],
  canceled: [],
  completed: [],
};

export function canTransitionSubscription(from: SubscriptionStatus | "new", to: SubscriptionStatus): boolean {
  if (!Object.hasOwn(subscriptionTransitions, from)) return false;
  // Staying in a live status is a change of fields (amount, card); a terminal status never changes.
  if (from === to) return subscriptionTransitions[from].length > 0;
  return subscriptionTransitions[from].includes(to);
}

export function assertSubscriptionTransition(from: SubscriptionStatus | "new", to: SubscriptionStatus): void {
  if (!canTransitionSubscription(from, to)) {
    throw new AppError("invalid_state_transition", `A subscription cannot go from ${from} to ${to}.`);
  }
}
