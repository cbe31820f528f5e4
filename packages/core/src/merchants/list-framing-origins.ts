import { type Database, schema } from "@jeton/db";
import { and, eq } from "drizzle-orm";
import { isId } from "../ids/create-id";

/** The page that asks to be framed: a payment request (Smart Form) or an API transaction (token.js's challenge). */
export type FramedResource = { paymentRequestId: string } | { transactionId: string };

/**
 * The origins that may frame a checkout page: those its merchant registered
 * for the page's mode (test and live keep their own lists),
 * found from the id in the page's route. An unknown or malformed id has none,
 * so the page cannot be framed at all.
 */
export async function listFramingOrigins({ db }: { db: Database }, resource: FramedResource): Promise<string[]> {
  const owner =
    "paymentRequestId" in resource
      ? { table: schema.paymentRequests, id: resource.paymentRequestId, prefix: "pr" as const }
      : { table: schema.transactions, id: resource.transactionId, prefix: "tx" as const };
  if (!isId(owner.prefix, owner.id)) return [];
  const rows = await db
    .select({ origin: schema.merchantOrigins.origin })
    .from(owner.table)
    .innerJoin(
      schema.merchantOrigins,
      and(eq(schema.merchantOrigins.merchantId, owner.table.merchantId), eq(schema.merchantOrigins.mode, owner.table.mode)),
    )
    .where(eq(owner.table.id, owner.id));
  return rows.map((row) => row.origin);
}
