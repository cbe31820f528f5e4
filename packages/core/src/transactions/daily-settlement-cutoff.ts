/**
 * The latest daily cut-off at or before `now`: today at `hourUtc`:00 UTC once
 * that hour has come, yesterday's before. A timer that settles up to this
 * instant runs each cut-off once, and catches up after downtime.
 */
export function dailySettlementCutoff(now: Date, hourUtc: number): Date {
  if (!Number.isInteger(hourUtc) || hourUtc < 0 || hourUtc > 23) throw new Error("hourUtc must be an integer from 0 to 23");
  const cutoff = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hourUtc));
  if (cutoff.getTime() > now.getTime()) cutoff.setUTCDate(cutoff.getUTCDate() - 1);
  return cutoff;
}
