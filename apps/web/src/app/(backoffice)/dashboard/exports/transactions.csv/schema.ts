import { z } from "zod";

/** The longest range one export covers: a year, leap day included. */
export const MAX_EXPORT_DAYS = 366;
const DAY_MS = 24 * 60 * 60 * 1000;

const day = z.iso.date({ error: "a date (YYYY-MM-DD)" });

/**
 * GET /dashboard/exports/transactions.csv query: whole UTC days, both ends
 * included (from=2026-01-01&to=2026-01-31 is January). Extra parameters are
 * ignored: the page's form may grow without breaking saved links.
 */
export const exportTransactionsQuery = z
  .object({ from: day, to: day })
  .transform(({ from, to }) => ({
    from,
    to,
    createdFrom: new Date(`${from}T00:00:00Z`),
    // Half-open in core: the day after `to`, at midnight.
    createdTo: new Date(new Date(`${to}T00:00:00Z`).getTime() + DAY_MS),
  }))
  .refine(({ createdFrom, createdTo }) => createdFrom < createdTo, { error: "must not be before from", path: ["to"] })
  .refine(({ createdFrom, createdTo }) => createdTo.getTime() - createdFrom.getTime() <= MAX_EXPORT_DAYS * DAY_MS, {
    error: `the range is at most ${MAX_EXPORT_DAYS} days`,
    path: ["to"],
  });
