/** What attempts are counted against (docs/risk.md#card-testing-defence). */
export const attemptDimensions = ["ip", "card", "paymentRequest", "merchant"] as const;
export type AttemptDimension = (typeof attemptDimensions)[number];

export interface AttemptThreshold {
  /** Past this many attempts in the window, an attempt must carry a solved proof-of-work challenge. */
  challengeAfter: number;
  /** Past this many, the attempt is refused (`too_many_attempts`). */
  blockAfter: number;
}

/** The platform's card-testing settings (JETON_CARD_TESTING_*, read by @jeton/config). */
export interface CardTestingPolicy {
  windowSeconds: number;
  thresholds: Record<AttemptDimension, AttemptThreshold>;
  /** The proof-of-work's size: the solver tries on average half this many SHA-256 hashes. */
  powMaxNumber: number;
  /** CIDRs not counted per IP (the operator's own synthetic checks). */
  uncountedIps: readonly string[];
}

export type AttemptVerdict =
  | { level: "allow" }
  | { level: "challenge" | "block"; dimension: AttemptDimension; count: number };

/**
 * What an attempt's counts (this attempt included) call for: the strictest
 * level any dimension reached. `count > challengeAfter` needs a solved
 * challenge, `count > blockAfter` is refused.
 */
export function assessAttempt(
  counts: Partial<Record<AttemptDimension, number>>,
  thresholds: Record<AttemptDimension, AttemptThreshold>,
): AttemptVerdict {
  let verdict: AttemptVerdict = { level: "allow" };
  for (const dimension of attemptDimensions) {
    const count = counts[dimension];
    if (count === undefined) continue;
    const { challengeAfter, blockAfter } = thresholds[dimension];
    if (count > blockAfter) return { level: "block", dimension, count };
    if (count > challengeAfter && verdict.level === "allow") verdict = { level: "challenge", dimension, count };
  }
  return verdict;
}

/** The fixed counting window holding `now`, and the seconds until it ends (Retry-After). */
export function attemptWindow(now: Date, windowSeconds: number): { start: Date; end: Date; retryAfterSeconds: number } {
  const windowMs = windowSeconds * 1000;
  const start = Math.floor(now.getTime() / windowMs) * windowMs;
  return { start: new Date(start), end: new Date(start + windowMs), retryAfterSeconds: Math.max(1, Math.ceil((start + windowMs - now.getTime()) / 1000)) };
}
