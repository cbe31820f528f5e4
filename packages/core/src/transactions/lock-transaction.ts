import { type Database, schema } from "@jeton/db";
import { and, eq } from "drizzle-orm";
import { AppError } from "../errors";
import { isId } from "../ids/create-id";
import type { Mode } from "../merchants/create-api-key";

type Row = typeof schema.transactions.$inferSelect;

/**
 * Reads a merchant's own transaction and locks its row until the surrounding
 * database transaction ends, so that captures, cancels and refunds of one
 * transaction run one after the other and each sees the amounts the previous
 * one left. Another merchant's or mode's id is not found, like an unknown one.
 */
export async function lockTransaction(
  db: Database,
  { merchantId, mode, transactionId }: { merchantId: string; mode: Mode; transactionId: string },
): Promise<Row> {
  const notFound = new AppError("resource_not_found", `No such transaction: ${transactionId.slice(0, 100)}`, { param: "id" });
  if (!isId("tx", transactionId)) throw notFound;
  const [row] = await db
    .select()
    .from(schema.transactions)
    .where(and(eq(schema.transactions.id, transactionId), eq(schema.transactions.merchantId, merchantId), eq(schema.transactions.mode, mode)))
    .for("update");
  if (!row) throw notFound;
  return row;
}
