import { describe, expect, it } from "vitest";
import { addDays, installmentSchedule, periodStart, splitInstallments } from "./schedule";
import { toMajorString } from "../money/currencies";

const iso = (d: Date) => d.toISOString();

describe("periodStart", () => {
  it("anchored on the 31st, bills on the last day of shorter months and comes back to the 31st", () => {
    const anchor = new Date("2027-01-31T09:30:00Z");
    const dates = Array.from({ length: 13 }, (_, n) => iso(periodStart(anchor, "month", 1, n)).slice(0, 10));
    expect(dates).toEqual([
      "2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30", "2027-05-31", "2027-06-30",
      "2027-07-31", "2027-08-31", "2027-09-30", "2027-10-31", "2027-11-30", "2027-12-31", "2028-01-31",
    ]);
  });

  it("knows leap years: 29 February in 2028, 28 in 2027 and 2100, 29 in 2000", () => {
    expect(iso(periodStart(new Date("2028-01-31T00:00:00Z"), "month", 1, 1))).toBe("2028-02-29T00:00:00.000Z");
    expect(iso(periodStart(new Date("2028-02-29T12:00:00Z"), "year", 1, 1))).toBe("2029-02-28T12:00:00.000Z");
    expect(iso(periodStart(new Date("2028-02-29T12:00:00Z"), "year", 1, 4))).toBe("2032-02-29T12:00:00.000Z");
    expect(iso(periodStart(new Date("2099-02-28T00:00:00Z"), "year", 1, 1))).toBe("2100-02-28T00:00:00.000Z");
    expect(iso(periodStart(new Date("2100-01-29T00:00:00Z"), "month", 1, 1))).toBe("2100-02-28T00:00:00.000Z");
    expect(iso(periodStart(new Date("2000-01-30T00:00:00Z"), "month", 1, 1))).toBe("2000-02-29T00:00:00.000Z");
  });

  it("counts from the anchor, never from the previous date (no drift after a short month)", () => {
    const anchor = new Date("2027-01-30T00:00:00Z");
    expect(iso(periodStart(anchor, "month", 1, 1)).slice(0, 10)).toBe("2027-02-28");
    expect(iso(periodStart(anchor, "month", 1, 2)).slice(0, 10)).toBe("2027-03-30");
  });

  it("handles day, week, multi-month and year intervals across year ends", () => {
    const anchor = new Date("2027-12-15T08:00:00Z");
    expect(iso(periodStart(anchor, "day", 10, 2))).toBe("2028-01-04T08:00:00.000Z");
    expect(iso(periodStart(anchor, "week", 2, 1))).toBe("2027-12-29T08:00:00.000Z");
    expect(iso(periodStart(anchor, "month", 3, 1))).toBe("2028-03-15T08:00:00.000Z");
    expect(iso(periodStart(anchor, "month", 3, 5))).toBe("2029-03-15T08:00:00.000Z");
    expect(iso(periodStart(anchor, "year", 2, 1))).toBe("2029-12-15T08:00:00.000Z");
  });

  it("works in UTC whatever the local offset of the input: a Paris midnight stays the same instant across DST", () => {
    // 31 March 2027 00:00 in Paris (CEST, +02:00) is 30 March 22:00 UTC; the schedule keeps the UTC wall time.
    const anchor = new Date("2027-03-31T00:00:00+02:00");
    expect(iso(anchor)).toBe("2027-03-30T22:00:00.000Z");
    expect(iso(periodStart(anchor, "month", 1, 1))).toBe("2027-04-30T22:00:00.000Z");
    // Across the October change: the same UTC hour, 24 h days.
    expect(iso(periodStart(new Date("2027-10-30T22:00:00Z"), "day", 1, 1))).toBe("2027-10-31T22:00:00.000Z");
  });

  it("refuses nonsense", () => {
    expect(() => periodStart(new Date(), "month", 0, 1)).toThrow(RangeError);
    expect(() => periodStart(new Date(), "month", 1, -1)).toThrow(RangeError);
    expect(() => periodStart(new Date(), "month", 1.5, 1)).toThrow(RangeError);
  });

  it("adds whole UTC days (retry dates)", () => {
    const anchor = new Date("2027-01-31T00:00:00Z");
    expect(iso(addDays(anchor, 3))).toBe("2027-02-03T00:00:00.000Z");
    expect(iso(addDays(new Date("2027-03-27T08:00:00Z"), 1))).toBe("2027-03-28T08:00:00.000Z");
  });
});

describe("splitInstallments", () => {
  it("puts the remainder on the first instalment: TND in millimes (3 decimals)", () => {
    const parts = splitInstallments(100_000, 3);
    expect(parts).toEqual([33_334, 33_333, 33_333]);
    expect(parts.map((p) => toMajorString(p, "TND"))).toEqual(["33.334", "33.333", "33.333"]);
  });

  it("JPY has no minor unit: whole yen", () => {
    expect(splitInstallments(1000, 3)).toEqual([334, 333, 333]);
    expect(splitInstallments(10_001, 12).reduce((a, b) => a + b, 0)).toBe(10_001);
    expect(splitInstallments(10_001, 12)[0]).toBe(833 + 5);
  });

  it("EUR in cents, exact division and the smallest amounts", () => {
    expect(splitInstallments(9000, 3)).toEqual([3000, 3000, 3000]);
    expect(splitInstallments(2, 2)).toEqual([1, 1]);
    expect(() => splitInstallments(1, 2)).toThrow(RangeError);
    expect(() => splitInstallments(10.5, 2)).toThrow(RangeError);
  });

  it("always sums to the amount, for every count 2..12", () => {
    for (let count = 2; count <= 12; count++) {
      for (const amount of [count, 997, 1_000_003, 123_456_789]) {
        const parts = splitInstallments(amount, count);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(amount);
        expect(Math.max(...parts.slice(1)) - Math.min(...parts.slice(1))).toBe(0);
        expect(parts[0]! - parts[1]!).toBeLessThan(count);
      }
    }
  });

  it("schedules monthly instalments from the first payment, month ends included", () => {
    const schedule = installmentSchedule({ amount: 1000, count: 3, interval: "month", start: new Date("2027-01-31T10:00:00Z") });
    expect(schedule.map((s) => [iso(s.dueAt).slice(0, 10), s.amount])).toEqual([
      ["2027-01-31", 334],
      ["2027-02-28", 333],
      ["2027-03-31", 333],
    ]);
    const weekly = installmentSchedule({ amount: 1000, count: 2, interval: "week", start: new Date("2027-01-31T10:00:00Z") });
    expect(iso(weekly[1]!.dueAt)).toBe("2027-02-07T10:00:00.000Z");
  });
});
