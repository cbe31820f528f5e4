import { describe, expect, it } from "vitest";
import { effectiveThresholds } from "./set-merchant-risk-thresholds";

describe("effectiveThresholds", () => {
  const platform = { review: 65, block: 90 };
  it("takes the merchant's where set, the platform's elsewhere", () => {
    expect(effectiveThresholds(platform, null)).toEqual(platform);
    expect(effectiveThresholds(platform, { review: 50, block: null })).toEqual({ review: 50, block: 90 });
    expect(effectiveThresholds(platform, { review: null, block: 100 })).toEqual({ review: 65, block: 100 });
  });
  it("keeps a stored value within the bounds, and review at most block", () => {
    expect(effectiveThresholds(platform, { review: 5, block: 20 })).toEqual({ review: 30, block: 50 });
    expect(effectiveThresholds(platform, { review: 95, block: 70 })).toEqual({ review: 70, block: 70 });
  });
});
