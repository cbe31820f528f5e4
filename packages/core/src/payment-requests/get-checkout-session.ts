import { type Database, schema } from "@jeton/db";
import { and, eq, sql } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { isId } from "../ids/create-id";
import { effectiveStatus } from "./payment-request-view";
import { recurringClock } from "../recurring/recurring-clock";
import { installmentSchedule } from "../recurring/schedule";

type PaymentRequestRow = typeof schema.paymentRequests.$inferSelect;
type TransactionRow = typeof schema.transactions.$inferSelect;

export interface CheckoutSession {
  paymentRequest: PaymentRequestRow;
  status: PaymentRequestRow["status"];
  merchant: {
    id: string;
    name: string;
    logoUrl: string | null;
    primaryColor: string;
    backgroundColor: string;
    defaultLocale: "fr" | "en" | "ar";
    /** The languages the merchant offers on the page; the default is one of them. */
    enabledLocales: ("fr" | "en" | "ar")[];
    origins: string[];
  };
  /** The attempt the shopper just made, when the page names one of this request's transactions. */
  attempt: TransactionRow | null;
  /** Payment in instalments: each date (the first is today) and amount, shown before the shopper pays. */
  installmentSchedule: { dueAt: Date; amount: number }[] | null;
}

/**
 * The request, its merchant, branding and framing origins in one statement, built once per
 * database (drizzle's `prepare`): the hosted page runs it on every render, and building a select
 * over these three wide tables was a twentieth of a page's CPU.
 */
const sessionQueries = new WeakMap<Database, ReturnType<typeof buildSessionQuery>>();
function buildSessionQuery(db: Database) {
  return db
    .select({
      paymentRequest: schema.paymentRequests,
      merchant: schema.merchants,
      settings: schema.merchantSettings,
      // The request's own mode: a test request is framed by the test origins only.
      origins: sql<string[] | null>`(SELECT array_agg(${schema.merchantOrigins.origin}) FROM ${schema.merchantOrigins}
        WHERE ${schema.merchantOrigins.merchantId} = ${schema.merchants.id} AND ${schema.merchantOrigins.mode} = ${schema.paymentRequests.mode})`,
    })
    .from(schema.paymentRequests)
    .innerJoin(schema.merchants, eq(schema.merchants.id, schema.paymentRequests.merchantId))
    .leftJoin(schema.merchantSettings, eq(schema.merchantSettings.merchantId, schema.paymentRequests.merchantId))
    .where(eq(schema.paymentRequests.id, sql.placeholder("id")))
    .prepare("checkout_session");
}
function sessionQuery(db: Database) {
  let query = sessionQueries.get(db);
  if (!query) sessionQueries.set(db, (query = buildSessionQuery(db)));
  return query;
}

/**
 * What the hosted page shows for a payment request id, which is the page's
 * only credential: the request, its merchant's branding, and optionally one
 * of its own attempts (a transaction id of another request is ignored).
 */
export async function getCheckoutSession(
  { db, clock }: { db: Database; clock: Clock },
  { paymentRequestId, attemptId }: { paymentRequestId: string; attemptId?: string | undefined },
): Promise<CheckoutSession | null> {
  if (!isId("pr", paymentRequestId)) return null;
  const [row] = await sessionQuery(db).execute({ id: paymentRequestId });
  if (!row) return null;
  let attempt: TransactionRow | null = null;
  if (attemptId && isId("tx", attemptId)) {
    const [found] = await db
      .select()
      .from(schema.transactions)
      .where(and(eq(schema.transactions.id, attemptId), eq(schema.transactions.paymentRequestId, paymentRequestId)));
    attempt = found ?? null;
  }
  return {
    paymentRequest: row.paymentRequest,
    status: effectiveStatus(row.paymentRequest, clock.now()),
    merchant: {
      id: row.merchant.id,
      name: row.settings?.displayName ?? row.merchant.name,
      logoUrl: row.settings?.logoUrl ?? null,
      primaryColor: row.settings?.primaryColor ?? "#3b3bd6",
      backgroundColor: row.settings?.backgroundColor ?? "#ffffff",
      defaultLocale: row.settings?.defaultLocale ?? "fr",
      enabledLocales: (row.settings?.enabledLocales ?? ["fr", "en", "ar"]) as ("fr" | "en" | "ar")[],
      origins: row.origins ?? [],
    },
    attempt,
    installmentSchedule: await scheduleOf(db, clock, row.paymentRequest),
  };
}

/** The instalment dates from today, at the customer's test clock time when it has one (as the plan will be). */
async function scheduleOf(db: Database, clock: Clock, pr: PaymentRequestRow) {
  if (!pr.installments) return null;
  let start = clock.now();
  if (pr.customerId) {
    const [customer] = await db.select({ testClockId: schema.customers.testClockId }).from(schema.customers).where(eq(schema.customers.id, pr.customerId));
    start = (await recurringClock(db, clock, customer?.testClockId ?? null)).now();
  }
  return installmentSchedule({ amount: pr.amount, count: pr.installments.count, interval: pr.installments.interval, start }).map(({ dueAt, amount }) => ({ dueAt, amount }));
}
