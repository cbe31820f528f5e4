import { describe, expect, it } from "vitest";
import { assessAttempt, attemptWindow } from "./card-testing-policy";

const thresholds = {
  ip: { challengeAfter: 10, blockAfter: 30 },
  card: { challengeAfter: 3, blockAfter: 10 },
  paymentRequest: { challengeAfter: 5, blockAfter: 15 },
  merchant: { challengeAfter: 500, blockAfter: 20_000 },
};

describe("assessAttempt", () => {
  it("allows up to the first threshold, counting this attempt", () => {
    expect(assessAttempt({ ip: 10, card: 3, paymentRequest: 5, merchant: 500 }, thresholds)).toEqual({ level: "allow" });
    expect(assessAttempt({}, thresholds)).toEqual({ level: "allow" });
  });

  it("asks for a challenge one past the first threshold, up to the second", () => {
    expect(assessAttempt({ ip: 11 }, thresholds)).toEqual({ level: "challenge", dimension: "ip", count: 11 });
    expect(assessAttempt({ ip: 30 }, thresholds)).toMatchObject({ level: "challenge" });
    expect(assessAttempt({ card: 4 }, thresholds)).toEqual({ level: "challenge", dimension: "card", count: 4 });
    expect(assessAttempt({ paymentRequest: 6 }, thresholds)).toMatchObject({ level: "challenge", dimension: "paymentRequest" });
    expect(assessAttempt({ merchant: 501 }, thresholds)).toMatchObject({ level: "challenge", dimension: "merchant" });
  });

  it("blocks one past the second threshold, whichever dimension, and blocking wins over a challenge", () => {
    expect(assessAttempt({ ip: 31 }, thresholds)).toEqual({ level: "block", dimension: "ip", count: 31 });
    expect(assessAttempt({ ip: 12, card: 11 }, thresholds)).toEqual({ level: "block", dimension: "card", count: 11 });
    expect(assessAttempt({ paymentRequest: 16, merchant: 2 }, thresholds)).toMatchObject({ level: "block", dimension: "paymentRequest" });
    expect(assessAttempt({ merchant: 20_001 }, thresholds)).toMatchObject({ level: "block", dimension: "merchant" });
  });

  it("treats equal thresholds as going straight from allowed to blocked", () => {
    const strict = { ...thresholds, ip: { challengeAfter: 2, blockAfter: 2 } };
    expect(assessAttempt({ ip: 2 }, strict)).toEqual({ level: "allow" });
    expect(assessAttempt({ ip: 3 }, strict)).toMatchObject({ level: "block" });
  });
});

describe("attemptWindow", () => {
  it("is a fixed window, with Retry-After until its end", () => {
    const window = attemptWindow(new Date("2026-01-01T10:59:30Z"), 3600);
    expect(window.start.toISOString()).toBe("2026-01-01T10:00:00.000Z");
    expect(window.end.toISOString()).toBe("2026-01-01T11:00:00.000Z");
    expect(window.retryAfterSeconds).toBe(30);
  });
});
