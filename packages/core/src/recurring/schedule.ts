import { AppError } from "../errors";
import { isCurrencyCode } from "../money/currencies";

/** How often a subscription bills: every `count` days, weeks, months or years. */
export type BillingInterval = "day" | "week" | "month" | "year";
export const billingIntervals = ["day", "week", "month", "year"] as const satisfies readonly BillingInterval[];

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days in a month of a year (month 0–11), in the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/**
 * The start of period `n` (0 for the anchor itself) of a schedule anchored at
 * `anchor`. Everything is computed in UTC, where instants are stored: a
 * schedule never drifts with daylight saving. Months and years count from the
 * anchor, not from the previous date, so a subscription anchored on the 31st
 * bills on the last day of shorter months (30 April, 28 or 29 February) and
 * back on the 31st when the month has one; one anchored on 29 February bills
 * on 28 February in common years.
 */
export function periodStart(anchor: Date, interval: BillingInterval, intervalCount: number, n: number): Date {
  if (!Number.isInteger(n) || n < 0) throw new RangeError("period index must be a non-negative integer");
  if (!Number.isInteger(intervalCount) || intervalCount < 1) throw new RangeError("intervalCount must be a positive integer");
  const steps = n * intervalCount;
  if (interval === "day") return new Date(anchor.getTime() + steps * DAY_MS);
  if (interval === "week") return new Date(anchor.getTime() + steps * 7 * DAY_MS);
  const months = interval === "month" ? steps : steps * 12;
  const totalMonths = anchor.getUTCMonth() + months;
  const year = anchor.getUTCFullYear() + Math.floor(totalMonths / 12);
  const month = ((totalMonths % 12) + 12) % 12;
  const day = Math.min(anchor.getUTCDate(), daysInMonth(year, month));
  return new Date(
    Date.UTC(year, month, day, anchor.getUTCHours(), anchor.getUTCMinutes(), anchor.getUTCSeconds(), anchor.getUTCMilliseconds()),
  );
}

/** `date` plus whole days (UTC, 24 h each). */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/**
 * Splits `amount` (minor units) into `count` instalments of whole minor units:
 * equal parts, the remainder of the division on the first one, so the sum is
 * exactly the amount (1000 JPY in 3: 334, 333, 333; 100.000 TND in 3:
 * 33.334, 33.333, 33.333).
 */
export function splitInstallments(amount: number, count: number): number[] {
  if (!Number.isSafeInteger(amount) || amount < 1) throw new RangeError("amount must be a positive integer in minor units");
  if (!Number.isInteger(count) || count < 1) throw new RangeError("count must be a positive integer");
  if (amount < count) throw new RangeError("amount is smaller than the number of instalments");
  const base = Math.floor(amount / count);
  const remainder = amount - base * count;
  return Array.from({ length: count }, (_, i) => (i === 0 ? base + remainder : base));
}

/** An instalment schedule: each due date (the first one now) and amount. */
export function installmentSchedule(
  { amount, count, interval, start }: { amount: number; count: number; interval: "month" | "week"; start: Date },
): { sequence: number; dueAt: Date; amount: number }[] {
  return splitInstallments(amount, count).map((part, sequence) => ({ sequence, dueAt: periodStart(start, interval, 1, sequence), amount: part }));
}

/** The shared checks of an amount and its currency, each naming its field. */
export function checkAmountAndCurrency(amount: number, currency: string): void {
  if (!Number.isSafeInteger(amount) || amount < 1) {
    throw new AppError("parameter_invalid", "amount is an integer in the currency's minor unit, at least 1.", { param: "amount" });
  }
  if (!isCurrencyCode(currency)) throw new AppError("parameter_invalid", `Unsupported currency: ${currency.slice(0, 10)}`, { param: "currency" });
}
