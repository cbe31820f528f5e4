import { describe, expect, it } from "vitest";
import { dailySettlementCutoff } from "./daily-settlement-cutoff";

describe("dailySettlementCutoff", () => {
  it("is today's hour once it has come, yesterday's before", () => {
    expect(dailySettlementCutoff(new Date("2026-11-27T22:00:00Z"), 22).toISOString()).toBe("2026-11-27T22:00:00.000Z");
    expect(dailySettlementCutoff(new Date("2026-11-27T23:59:59Z"), 22).toISOString()).toBe("2026-11-27T22:00:00.000Z");
    expect(dailySettlementCutoff(new Date("2026-11-27T21:59:59.999Z"), 22).toISOString()).toBe("2026-11-26T22:00:00.000Z");
  });

  it("crosses month and year ends, and handles hour 0", () => {
    expect(dailySettlementCutoff(new Date("2027-01-01T03:00:00Z"), 22).toISOString()).toBe("2026-12-31T22:00:00.000Z");
    expect(dailySettlementCutoff(new Date("2026-03-01T00:00:00Z"), 0).toISOString()).toBe("2026-03-01T00:00:00.000Z");
  });

  it("refuses an hour outside 0–23", () => {
    expect(() => dailySettlementCutoff(new Date(), 24)).toThrow();
    expect(() => dailySettlementCutoff(new Date(), -1)).toThrow();
    expect(() => dailySettlementCutoff(new Date(), 1.5)).toThrow();
  });
});
