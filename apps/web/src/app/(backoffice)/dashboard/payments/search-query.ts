import { currencyMinorUnits, isCurrencyCode, parseMajorString, type CardBrand, type ListTransactionsInput } from "@jeton/core";
import { schema } from "@jeton/db";
import { z } from "zod";
import { objectId } from "@/server/http/request-atoms";

const DAY_MS = 24 * 60 * 60 * 1000;
const statuses = schema.transactionStatuses;
/** The brands the card validator names; a stored brand is always one of these. */
export const cardBrands = [
  "visa",
  "mastercard",
  "amex",
  "discover",
  "diners",
  "jcb",
  "unionpay",
  "maestro",
  "mir",
  "elo",
  "hiper",
  "hipercard",
  "unknown",
] as const satisfies readonly CardBrand[];

/** An empty form field means "any". */
const optional = <T extends z.ZodType>(inner: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : typeof value === "string" ? value.trim() : value), inner.optional());
const day = z.iso.date({ error: "a date (YYYY-MM-DD)" });
const major = z.string().regex(/^\d{1,13}([.,]\d{1,3})?$/, "an amount such as 12.50");
const cursor = objectId("tx");

/**
 * The payments search form (GET /dashboard/payments), as typed: days are UTC
 * days, both included; amounts are in major units of the chosen currency
 * (an amount needs a currency: 12.50 is 1250 cents but 12500 millimes).
 */
export const paymentsSearchQuery = z
  .object({
    from: optional(day),
    to: optional(day),
    reference: optional(z.string().max(64)),
    amount: optional(major),
    amountMin: optional(major),
    amountMax: optional(major),
    currency: optional(z.string().refine(isCurrencyCode, "a currency from the list")),
    email: optional(z.string().max(254)),
    status: optional(z.enum(statuses)),
    last4: optional(z.string().regex(/^\d{4}$/, "the last 4 digits of the card")),
    brand: optional(z.enum(cardBrands)),
    after: optional(cursor),
    before: optional(cursor),
  })
  .superRefine((query, issues) => {
    if ((query.amount ?? query.amountMin ?? query.amountMax) !== undefined && query.currency === undefined) {
      issues.addIssue({ code: "custom", path: ["currency"], message: "choose the currency of the amount" });
    }
    for (const name of ["amount", "amountMin", "amountMax"] as const) {
      const value = query[name];
      if (value === undefined || query.currency === undefined || !isCurrencyCode(query.currency)) continue;
      try {
        parseMajorString(value.replace(",", "."), query.currency);
      } catch {
        issues.addIssue({ code: "custom", path: [name], message: `${query.currency} amounts have ${currencyMinorUnits[query.currency]} decimals at most` });
      }
    }
    if (query.from && query.to && query.from > query.to) issues.addIssue({ code: "custom", path: ["to"], message: "must not be before the start date" });
  });

export type PaymentsSearch = z.infer<typeof paymentsSearchQuery>;

/** The form's values as listTransactions filters (minor units, instants). */
export function toListFilters(query: PaymentsSearch): Omit<ListTransactionsInput, "merchantId" | "mode"> {
  const minor = (value: string | undefined) =>
    value !== undefined && query.currency !== undefined && isCurrencyCode(query.currency) ? parseMajorString(value.replace(",", "."), query.currency) : undefined;
  return {
    createdFrom: query.from ? new Date(`${query.from}T00:00:00Z`) : undefined,
    createdTo: query.to ? new Date(new Date(`${query.to}T00:00:00Z`).getTime() + DAY_MS) : undefined,
    merchantReference: query.reference,
    amount: minor(query.amount),
    amountMin: minor(query.amountMin),
    amountMax: minor(query.amountMax),
    currency: query.currency,
    customerEmail: query.email,
    status: query.status ? [query.status] : undefined,
    last4: query.last4,
    brand: query.brand,
    startingAfter: query.after,
    endingBefore: query.before,
  };
}

/** The search's own fields, for pagination links that keep it. */
export function searchParamsOf(query: PaymentsSearch): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of ["from", "to", "reference", "amount", "amountMin", "amountMax", "currency", "email", "status", "last4", "brand"] as const) {
    const value = query[name];
    if (value !== undefined) params.set(name, value);
  }
  return params;
}
