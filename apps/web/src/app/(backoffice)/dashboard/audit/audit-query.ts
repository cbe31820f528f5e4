import type { AuditOutcome, ListAuditEntriesInput } from "@jeton/core";

type Query = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (typeof value === "string" ? value.trim() : Array.isArray(value) ? value[0]?.trim() : undefined) || undefined;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A `YYYY-MM-DD` day as the start of that UTC day, or null when it is not a real date. */
function utcDay(value: string): Date | null {
  if (!DAY.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date;
}

/**
 * The audit page's filters from its query string: what listAuditEntries
 * takes, the values to put back in the form, and the names of fields that
 * were not understood (reported, then ignored).
 */
export function readAuditQuery(query: Query): {
  filters: Omit<ListAuditEntriesInput, "merchantId">;
  form: { action: string; user: string; outcome: string; from: string; to: string };
  invalid: string[];
} {
  const form = { action: one(query.action) ?? "", user: one(query.user) ?? "", outcome: one(query.outcome) ?? "", from: one(query.from) ?? "", to: one(query.to) ?? "" };
  const invalid: string[] = [];
  const filters: Omit<ListAuditEntriesInput, "merchantId"> = { limit: 50 };
  if (form.action) filters.action = form.action.slice(0, 100);
  if (form.user) filters.userId = form.user.slice(0, 100);
  if (form.outcome) {
    if (form.outcome === "success" || form.outcome === "failure" || form.outcome === "denied") filters.outcome = form.outcome as AuditOutcome;
    else invalid.push("outcome");
  }
  if (form.from) {
    const from = utcDay(form.from);
    if (from) filters.createdFrom = from;
    else invalid.push("from");
  }
  if (form.to) {
    const to = utcDay(form.to);
    // Inclusive of the whole last day.
    if (to) filters.createdTo = new Date(to.getTime() + 86_400_000);
    else invalid.push("to");
  }
  if (filters.createdFrom && filters.createdTo && filters.createdFrom >= filters.createdTo) {
    invalid.push("to");
    delete filters.createdTo;
  }
  const after = one(query.after);
  if (after) filters.startingAfter = after.slice(0, 100);
  return { filters, form, invalid };
}
