import { schema } from "@jeton/db";
import { type AnyColumn, type SQL, sql } from "drizzle-orm";

/**
 * Which clock a row's deadlines follow, given the customer it belongs to
 * (a column or an expression): `testClockId` for that test clock's
 * customers, `null` for the platform's clock (no customer, or a customer
 * without a test clock). The platform's sweeps ask for `null`, so a test
 * clock's objects expire, capture and bill only when their clock is advanced.
 */
export function followsClock(customerId: AnyColumn | SQL, testClockId: string | null): SQL {
  const c = schema.customers;
  if (testClockId) return sql`${customerId} in (select ${c.id} from ${c} where ${c.testClockId} = ${testClockId})`;
  return sql`(${customerId} is null or ${customerId} not in (select ${c.id} from ${c} where ${c.testClockId} is not null))`;
}

/** The customer of a transaction: its own, or its payment request's (a hosted payment that saves the card). */
export const transactionCustomer: SQL = sql`coalesce(${schema.transactions.customerId}, (select ${schema.paymentRequests.customerId} from ${schema.paymentRequests} where ${schema.paymentRequests.id} = ${schema.transactions.paymentRequestId}))`;
